import { t, type DemoArticle } from './demo-article.ts';

/** Pregnancy and the first year: written for this project, checked against Finnish clinic practice. */
export const babyArticles: DemoArticle[] = [
  {
    slug: 'vauvan-uni',
    title: t('Vauva ei nuku yöllä', 'Bebisen sover inte på natten', 'My baby does not sleep at night'),
    summary: t(
      'Vauvan yöheräily on tavallista ja kuuluu kehitykseen. Näin voit tukea unta ja jaksaa itse.',
      'Att en bebis vaknar på natten är vanligt och hör till utvecklingen. Så kan du stödja sömnen och orka själv.',
      'Babies often wake at night; it is part of how they grow. How to support sleep and look after yourself.',
    ),
    body: t(
      '<h2>Mikä on tavallista</h2><p>Vastasyntynyt nukkuu lyhyissä jaksoissa ympäri vuorokauden ja herää syömään myös yöllä. Moni vauva herää öisin vielä puolen vuoden tai vuoden iässä. Se ei tarkoita, että olisit tehnyt jotain väärin.</p><h2>Mikä auttaa</h2><ul><li>Samanlaisena toistuva iltarutiini: kylpy, syöminen, laulu ja sänkyyn.</li><li>Yöllä hämärä ja hiljaisuus, päivällä valoa ja ääntä.</li><li>Nukuta vauva selälleen omalle, tukevalle alustalle ilman tyynyjä.</li><li>Vuorottele yövalvomisia toisen aikuisen kanssa, jos se on mahdollista.</li></ul><h2>Milloin kysyä apua</h2><p>Kysy neuvolasta, jos vauva itkee paljon, ei syö tai jos oma väsymys alkaa tuntua ylivoimaiselta. Väsymykseen saa apua: <a href="/fi/guide">katso oppaasta</a>, mitä lähelläsi on tarjolla.</p>',
      '<h2>Vad är vanligt</h2><p>En nyfödd sover i korta perioder dygnet runt och vaknar för att äta också på natten. Många bebisar vaknar på nätterna ännu vid ett halvt eller ett års ålder. Det betyder inte att du har gjort något fel.</p><h2>Vad hjälper</h2><ul><li>En kvällsrutin som upprepas likadan: bad, mat, sång och i säng.</li><li>På natten dämpat ljus och tystnad, på dagen ljus och ljud.</li><li>Lägg bebisen att sova på rygg på ett eget, fast underlag utan kuddar.</li><li>Turas om med en annan vuxen att vaka på natten om det går.</li></ul><h2>När ska man be om hjälp</h2><p>Fråga rådgivningen om bebisen gråter mycket, inte äter eller om din egen trötthet känns övermäktig. Du får hjälp med tröttheten: <a href="/sv/guide">se i guiden</a> vad som finns nära dig.</p>',
      '<h2>What is usual</h2><p>A newborn sleeps in short spells around the clock and wakes to feed at night too. Many babies still wake at night at six months or a year. It does not mean you have done anything wrong.</p><h2>What helps</h2><ul><li>The same bedtime routine every evening: bath, feed, a song and into bed.</li><li>Dim light and quiet at night, daylight and everyday sounds by day.</li><li>Put your baby to sleep on their back on their own firm mattress, without pillows.</li><li>Take turns with another adult for the night shifts if you can.</li></ul><h2>When to ask for help</h2><p>Ask the child health clinic if your baby cries a lot or does not feed, or if your own tiredness feels too much. There is help for exhaustion: <a href="/en/guide">see the guide</a> for what is near you.</p>',
    ),
    keywords: t(
      'uni, nukkuminen, ei nuku, yö, yöllä, yöheräily, valvominen, univaikeudet, unikoulu',
      'sömn, sover inte, natt, nattvak, vaknar',
      'sleep, not sleeping, night, night waking, sleepless',
    ),
    categories: ['child-health-clinic'],
    lifeSituations: ['baby'],
    services: ['lastenneuvola-mikkeli', 'neuvolan-chat', 'vanhempainpuhelin'],
    reviewedDaysAgo: 40,
  },
  {
    slug: 'vauvan-itku',
    title: t('Kun vauva itkee paljon', 'När bebisen gråter mycket', 'When your baby cries a lot'),
    summary: t(
      'Itku on vauvan tapa kertoa tarpeistaan. Joskus syytä ei löydy – silloin tärkeintä on pysyä rauhallisena ja pyytää apua.',
      'Gråten är bebisens sätt att berätta vad den behöver. Ibland hittar man ingen orsak – då är det viktigaste att hålla sig lugn och be om hjälp.',
      'Crying is how a baby tells you what it needs. Sometimes there is no clear reason – then what matters most is staying calm and asking for help.',
    ),
    body: t(
      '<h2>Miksi vauva itkee</h2><p>Vauva itkee nälkää, väsymystä, märkää vaippaa, kylmää tai kuumaa ja läheisyyden kaipuuta. Monella vauvalla itkua on eniten noin kuuden viikon iässä, usein iltaisin. Itku helpottaa yleensä kolmen–neljän kuukauden ikään mennessä.</p><h2>Kokeile</h2><ul><li>Syli, rauhallinen keinuttelu ja hiljainen puhe.</li><li>Kantoliina tai vaunulenkki.</li><li>Ärsykkeiden vähentäminen: hämärä huone ja hiljaisuus.</li></ul><h2>Jos omat voimat loppuvat</h2><p><strong>Älä koskaan ravista vauvaa.</strong> Jos tunnet, ettet jaksa, laita vauva turvallisesti omaan sänkyynsä, mene hetkeksi toiseen huoneeseen ja soita jollekulle. Neuvolasta ja vanhempien auttavasta puhelimesta saa tukea.</p>',
      '<h2>Varför gråter bebisen</h2><p>En bebis gråter av hunger, trötthet, en våt blöja, kyla eller värme och längtan efter närhet. Många bebisar gråter mest vid ungefär sex veckors ålder, ofta på kvällarna. Gråten brukar lätta innan tre–fyra månaders ålder.</p><h2>Pröva</h2><ul><li>Famn, lugn vaggning och tyst tal.</li><li>Bärsjal eller en promenad med barnvagnen.</li><li>Färre intryck: ett dämpat rum och tystnad.</li></ul><h2>Om krafterna tar slut</h2><p><strong>Skaka aldrig en bebis.</strong> Om du känner att du inte orkar, lägg bebisen tryggt i sin säng, gå en stund till ett annat rum och ring någon. Rådgivningen och föräldratelefonen ger stöd.</p>',
      '<h2>Why babies cry</h2><p>Babies cry from hunger, tiredness, a wet nappy, being cold or hot, and wanting to be close. Many babies cry most at about six weeks, often in the evening. It usually eases by three to four months.</p><h2>Try</h2><ul><li>Holding, gentle rocking and a quiet voice.</li><li>A baby sling or a walk with the pram.</li><li>Less to take in: a dim room and quiet.</li></ul><h2>If you cannot cope</h2><p><strong>Never shake a baby.</strong> If you feel you cannot go on, put your baby safely in their own bed, step into another room for a while and call someone. The child health clinic and the parents’ helpline can support you.</p>',
    ),
    keywords: t(
      'itku, itkuinen vauva, koliikki, vauva itkee, lohduttaminen',
      'gråt, kolik, bebis gråter',
      'crying, colic, crying baby, soothing',
    ),
    categories: ['child-health-clinic', 'parenting-support'],
    lifeSituations: ['baby'],
    services: ['lastenneuvola-mikkeli', 'vanhempainpuhelin', 'vauvaperhetyo'],
    reviewedDaysAgo: 120,
  },
  {
    slug: 'raskausaika',
    title: t('Olen raskaana – mitä nyt?', 'Jag är gravid – vad nu?', 'I am pregnant – what now?'),
    summary: t(
      'Ensimmäiset askeleet raskauden alussa: äitiysneuvola, perhevalmennus ja Kelan tuet.',
      'De första stegen i början av graviditeten: mödrarådgivning, familjeförberedelse och Fpa:s stöd.',
      'First steps early in pregnancy: the maternity clinic, antenatal classes and Kela benefits.',
    ),
    body: t(
      '<h2>Ota yhteyttä äitiysneuvolaan</h2><p>Soita oman kuntasi äitiysneuvolaan, kun raskaustesti on positiivinen. Ensimmäinen käynti on yleensä raskausviikoilla 8–10. Neuvola seuraa sinun ja vauvan vointia koko raskauden ajan, ja käynnit ovat maksuttomia.</p><h2>Tuet ja paperit</h2><ul><li>Käy terveystarkastuksessa ennen neljännen raskauskuukauden loppua: se on ehto Kelan äitiysavustukselle.</li><li>Raskausrahaa ja vanhempainrahaa haetaan Kelasta.</li></ul><h2>Valmistautuminen</h2><p>Perhevalmennuksessa tapaat muita odottavia ja kuulet synnytyksestä, imetyksestä ja vauva-arjesta. Kumppani on tervetullut mukaan.</p>',
      '<h2>Kontakta mödrarådgivningen</h2><p>Ring mödrarådgivningen i din kommun när graviditetstestet är positivt. Det första besöket är oftast i graviditetsvecka 8–10. Rådgivningen följer ditt och bebisens mående under hela graviditeten, och besöken är avgiftsfria.</p><h2>Stöd och papper</h2><ul><li>Gå på hälsoundersökning före slutet av den fjärde graviditetsmånaden: det är ett villkor för Fpa:s moderskapsunderstöd.</li><li>Graviditetspenning och föräldrapenning söks hos Fpa.</li></ul><h2>Förberedelse</h2><p>I familjeförberedelsen träffar du andra som väntar barn och får höra om förlossningen, amning och vardagen med bebis. Din partner är välkommen med.</p>',
      '<h2>Contact the maternity clinic</h2><p>Call the maternity clinic of your municipality when your pregnancy test is positive. The first visit is usually in weeks 8–10. The clinic follows your and your baby’s health throughout the pregnancy, and the visits are free.</p><h2>Benefits and forms</h2><ul><li>Have a health check before the end of the fourth month of pregnancy: it is a condition for Kela’s maternity grant.</li><li>Pregnancy allowance and parental allowance are applied for from Kela.</li></ul><h2>Getting ready</h2><p>Antenatal classes let you meet other expecting parents and hear about giving birth, breastfeeding and life with a baby. Your partner is welcome too.</p>',
    ),
    keywords: t(
      'raskaus, raskaana, odotus, odotan vauvaa, äitiysneuvola, äitiysavustus, äitiyspakkaus',
      'graviditet, gravid, väntar barn, moderskapsunderstöd',
      'pregnancy, pregnant, expecting, maternity grant, maternity package',
    ),
    categories: ['maternity-clinic', 'family-coaching', 'family-benefits'],
    lifeSituations: ['expecting'],
    services: ['aitiysneuvola-mikkeli', 'perhevalmennus', 'kela-perhe-etuudet'],
    reviewedDaysAgo: 30,
  },
  {
    slug: 'imetys',
    title: t('Imetyksen alkuvaikeudet'),
    summary: t('Imetys opitaan yhdessä vauvan kanssa. Alun arkuus ja epävarmuus ovat tavallisia, ja apua saa.'),
    body: t(
      '<h2>Alkuviikot</h2><p>Maidon eritys käynnistyy muutamassa päivässä, ja vauva syö aluksi tiheään, myös yöllä. Rinnanpäiden arkuus on alussa tavallista, mutta kova kipu kertoo usein, että imuote kaipaa korjaamista.</p><h2>Vinkkejä</h2><ul><li>Vauvan suu avautuu laajalle ja ottaa rinnanpään ympäriltä nännipihaa.</li><li>Imetä vauvan tahdissa; ihokontakti auttaa.</li><li>Syö ja juo itse riittävästi ja lepää, kun voit.</li></ul><p>Kaikki eivät voi tai halua imettää. Vauva kasvaa hyvin myös korvikkeella – tärkeintä on, että syöminen on rauhallinen hetki.</p><h2>Apua</h2><p>Kysy neuvolasta tai imetysvastaanotolta. Vertaistukiryhmissä voi jakaa kokemuksia muiden kanssa.</p>',
    ),
    keywords: t('imetys, rintaruokinta, maito, imuote, korvike, imetystuki'),
    categories: ['child-health-clinic'],
    lifeSituations: ['baby'],
    services: ['imetysvastaanotto', 'lastenneuvola-mikkeli'],
    reviewedDaysAgo: 200,
  },
  {
    slug: 'mieliala-vauva-aikana',
    title: t('Kun vauva-arki ei tunnukaan onnelliselta'),
    summary: t('Alakulo synnytyksen jälkeen on yleistä. Jos mieli pysyy maassa viikkoja, siitä kannattaa puhua – masennukseen saa hoitoa.'),
    body: t(
      '<h2>Herkistyminen ja masennus</h2><p>Monella itkettää ja mieli vaihtelee ensimmäisinä päivinä synnytyksen jälkeen. Tämä herkistyminen menee yleensä ohi parissa viikossa. Jos alakulo, ahdistus tai toivottomuus jatkuu pidempään, kyse voi olla synnytyksen jälkeisestä masennuksesta. Sitä voi tulla kummalle tahansa vanhemmalle.</p><h2>Mistä apua</h2><ul><li>Kerro neuvolassa, miltä sinusta tuntuu. Neuvola kysyy mielialasta, koska se on tärkeää.</li><li>Keskusteluapua saa myös puhelimessa ja chatissa.</li><li>Jos mielessä on ajatuksia itsensä tai vauvan vahingoittamisesta, hae apua heti: soita 112 tai kriisipuhelimeen.</li></ul>',
    ),
    keywords: t('masennus, synnytyksen jälkeinen masennus, alakulo, ahdistus, mieliala, itkuisuus'),
    categories: ['mental-health', 'child-health-clinic'],
    lifeSituations: ['baby', 'exhausted'],
    services: ['lastenneuvola-mikkeli', 'vanhempien-mielenterveys-ja-paihdeneuvonta', 'kriisipuhelin'],
    reviewedDaysAgo: 60,
  },
  {
    slug: 'parisuhde-vauvaperheessa',
    title: t('Parisuhde, kun perheeseen tulee vauva'),
    summary: t('Vauva muuttaa arjen ja usein myös parisuhteen. Pienet teot ja puhuminen auttavat jaksamaan yhdessä.'),
    body: t(
      '<h2>Tavallista on</h2><p>Univaje, uudet roolit ja kotitöiden jakaminen kiristävät monen parin välejä. Riidat eivät tarkoita, että suhde olisi huono – ne kertovat, että kummallakin on paljon kannettavaa.</p><h2>Kokeile</h2><ul><li>Sopikaa vuoroista: kumpikin saa vuorollaan nukkua tai olla hetken omissa oloissaan.</li><li>Kertokaa toisillenne, mikä auttaisi juuri nyt.</li><li>Varatkaa pieni yhteinen hetki, vaikka kahvikupillinen vauvan nukkuessa.</li></ul><h2>Tukea</h2><p>Neuvolassa voi puhua myös parisuhteesta. Perheneuvola ja perheasiain neuvottelukeskus tarjoavat pariterapiaa ja keskusteluapua.</p>',
    ),
    keywords: t('parisuhde, riidat, kumppani, vauvaperhe, pariterapia'),
    categories: ['couple-support'],
    lifeSituations: ['relationship', 'baby'],
    services: ['perheasiain-neuvottelukeskus', 'perheneuvola-mikkeli'],
    reviewedDaysAgo: 400,
  },
];
