import { t, type DemoArticle } from './demo-article.ts';

/** Separation, exhaustion, money, violence and substances: written for this project. */
export const hardTimesArticles: DemoArticle[] = [
  {
    slug: 'ero-ja-lapset',
    title: t(
      'Eroamme – miten lapsista sovitaan?',
      'Vi skiljer oss – hur kommer vi överens om barnen?',
      'We are getting divorced – how do we agree on the children?',
    ),
    summary: t(
      'Lastenvalvoja vahvistaa sopimukset huollosta, asumisesta, tapaamisista ja elatuksesta. Sovittelu auttaa, kun sopiminen on vaikeaa.',
      'Barnatillsyningsmannen fastställer avtal om vårdnad, boende, umgänge och underhåll. Medling hjälper när det är svårt att komma överens.',
      'The children’s supervisor (lastenvalvoja) confirms agreements on custody, residence, contact and maintenance. Mediation helps when agreeing is hard.',
    ),
    body: t(
      '<h2>Lapsen asiat ensin</h2><p>Lapsi tarvitsee tiedon, että ero ei ole hänen syynsä ja että molemmat vanhemmat pysyvät hänen elämässään, jos se on turvallista. Kertokaa erosta yhdessä ja lapsen ikään sopivin sanoin.</p><h2>Sopimukset</h2><ul><li>Lastenvalvoja auttaa sopimaan huollosta, asumisesta, tapaamisista ja elatusavusta ja vahvistaa sopimuksen. Palvelu on maksuton.</li><li>Perheasioiden sovittelussa puolueeton sovittelija auttaa löytämään ratkaisun, kun keskustelu jumittuu.</li><li>Jos sopimukseen ei päästä, asian ratkaisee käräjäoikeus.</li></ul><h2>Tukea</h2><p>Eroneuvonta ja eroryhmät auttavat aikuista jaksamaan, ja lapsille on omia ryhmiä.</p>',
      '<h2>Barnets frågor först</h2><p>Barnet behöver veta att skilsmässan inte är dess fel och att båda föräldrarna finns kvar i dess liv, om det är tryggt. Berätta om skilsmässan tillsammans och med ord som passar barnets ålder.</p><h2>Avtal</h2><ul><li>Barnatillsyningsmannen hjälper er att komma överens om vårdnad, boende, umgänge och underhållsbidrag och fastställer avtalet. Tjänsten är avgiftsfri.</li><li>I medling i familjefrågor hjälper en opartisk medlare er att hitta en lösning när samtalen kör fast.</li><li>Om ni inte når ett avtal avgörs frågan av tingsrätten.</li></ul><h2>Stöd</h2><p>Skilsmässorådgivning och grupper hjälper den vuxna att orka, och för barnen finns egna grupper.</p>',
      '<h2>The children first</h2><p>Children need to hear that the separation is not their fault and that both parents stay in their lives, when that is safe. Tell them together, in words that fit their age.</p><h2>Agreements</h2><ul><li>The children’s supervisor (lastenvalvoja) helps you agree on custody, residence, contact and child maintenance, and confirms the agreement. It is free.</li><li>In family mediation an impartial mediator helps you find a solution when talks get stuck.</li><li>If you cannot agree, the district court decides.</li></ul><h2>Support</h2><p>Separation counselling and groups help adults cope, and there are groups for children too.</p>',
    ),
    keywords: t(
      'ero, avioero, erota, eroamme, huoltajuus, tapaamiset, elatusapu, lastenvalvoja, sovittelu, yhteishuolto',
      'skilsmässa, skiljer oss, vårdnad, umgänge, underhåll, medling',
      'divorce, divorced, separation, separating, custody, co-parenting, child maintenance, mediation',
    ),
    categories: ['family-law', 'family-mediation', 'divorce-help'],
    lifeSituations: ['relationship'],
    services: ['lastenvalvoja', 'perheasioiden-sovittelu', 'eroapu-eroneuvonta', 'eroapu-lasten-eroryhma'],
    reviewedDaysAgo: 20,
  },
  {
    slug: 'vanhemman-uupumus',
    title: t('Olen uupunut vanhempana', 'Jag är utmattad som förälder'),
    summary: t(
      'Uupumus ei ole epäonnistumista. Arkeen saa apua: kotipalvelua, perhetyötä, vertaistukea ja keskusteluapua.',
      'Utmattning är inget misslyckande. Det finns hjälp i vardagen: hemservice, familjearbete, kamratstöd och samtalsstöd.',
    ),
    body: t(
      '<h2>Tunnista uupumus</h2><p>Jatkuva väsymys, ärtyisyys, ilon katoaminen ja tunne, ettei mikään riitä, ovat merkkejä siitä, että kuormaa on liikaa. Uupumus voi tulla kenelle tahansa, eikä sitä tarvitse hävetä.</p><h2>Apua arkeen</h2><ul><li><strong>Lapsiperheiden kotipalvelu</strong> auttaa kotitöissä ja lastenhoidossa tilapäisesti.</li><li><strong>Perhetyö</strong> tukee vanhemmuutta ja arjen rytmiä kotona tai perhekeskuksessa.</li><li><strong>Vertaisryhmässä</strong> tapaat muita, jotka tietävät, miltä tuntuu.</li><li>Neuvolassa ja perheneuvolassa voi puhua omasta jaksamisesta.</li></ul><h2>Jos olo on hätäinen</h2><p>Kriisipuhelimeen voi soittaa mihin aikaan tahansa. Jos lapsi tai sinä olet vaarassa, soita 112.</p>',
      '<h2>Känn igen utmattningen</h2><p>Ständig trötthet, irritation, att glädjen försvinner och en känsla av att inget räcker är tecken på att bördan är för tung. Vem som helst kan bli utmattad, och det är inget att skämmas över.</p><h2>Hjälp i vardagen</h2><ul><li><strong>Hemservice för barnfamiljer</strong> hjälper tillfälligt med hushållsarbete och barnvård.</li><li><strong>Familjearbete</strong> stöder föräldraskapet och vardagens rytm hemma eller på familjecentret.</li><li><strong>I en kamratgrupp</strong> träffar du andra som vet hur det känns.</li><li>På rådgivningen och familjerådgivningen kan du tala om hur du orkar.</li></ul><h2>Om det känns akut</h2><p>Kristelefonen kan du ringa när som helst. Om barnet eller du är i fara, ring 112.</p>',
    ),
    keywords: t(
      'uupumus, uupunut, väsymys, jaksaminen, en jaksa, burnout, voimat loppu',
      'utmattning, utmattad, trötthet, orkar inte',
      'exhausted, exhaustion, burnout, tired, cannot cope',
    ),
    categories: ['home-help', 'family-work', 'peer-group', 'parenting-support'],
    lifeSituations: ['exhausted'],
    services: ['kotipalvelu-mikkeli', 'perhetyo-mikkeli', 'setlementti-uupuneet-vanhemmat', 'kriisipuhelin'],
    reviewedDaysAgo: 5,
  },
  {
    slug: 'yhden-vanhemman-perhe',
    title: t('Yksin lasten kanssa'),
    summary: t('Yhden vanhemman perheessä arki on usein yhden aikuisen harteilla. Tukea saa rahaan, lastenhoitoon ja jaksamiseen.'),
    body: t(
      '<h2>Raha</h2><p>Yksinhuoltajalle maksetaan lapsilisän korotusta. Jos toinen vanhempi ei maksa elatusapua, Kela voi maksaa elatustukea.</p><h2>Arki</h2><ul><li>Lastenhoitoapua saa järjestöiltä tilapäisesti ja edullisesti.</li><li>Kotipalvelu auttaa, kun voimat eivät riitä.</li><li>Yhden vanhemman perheiden vertaisryhmässä voi jakaa kokemuksia.</li></ul><p>Yhden vanhemman perhe on perhe siinä missä muutkin – tukea saa pyytää.</p>',
    ),
    keywords: t('yksinhuoltaja, yhden vanhemman perhe, yksin lapsen kanssa, elatustuki, lapsilisä'),
    categories: ['peer-group', 'family-benefits', 'childcare-help'],
    lifeSituations: ['exhausted', 'money'],
    services: ['setlementti-yksinhuoltajat', 'kela-elatustuki', 'mll-lastenhoitoapu-mikkeli'],
    reviewedDaysAgo: 100,
  },
  {
    slug: 'sateenkaariperheet',
    title: t('Sateenkaariperheet'),
    summary: t('Perheitä on monenlaisia. Sateenkaariperheet ovat tervetulleita kaikkiin palveluihin, ja omaa vertaistukea on tarjolla.'),
    body: t(
      '<h2>Palvelut kuuluvat kaikille</h2><p>Neuvola, varhaiskasvatus ja koulu palvelevat kaikkia perheitä. Kerro rohkeasti, keitä perheeseesi kuuluu ja miten haluatte, että teistä puhutaan.</p><h2>Vanhemmuus ja paperit</h2><ul><li>Vanhemmuuden vahvistaminen hoidetaan neuvolassa tai lastenvalvojalla.</li><li>Lastenvalvoja neuvoo myös sopimuksissa, kun perheessä on useampi kuin kaksi aikuista.</li></ul><h2>Vertaistuki</h2><p>Sateenkaariperheiden ryhmässä tapaat muita perheitä, ja lapset saavat kavereita, joiden perhe on samanlainen.</p>',
    ),
    keywords: t('sateenkaariperhe, sateenkaari, kaksi äitiä, kaksi isää, apilaperhe, hlbtiq'),
    categories: ['peer-group'],
    lifeSituations: ['expecting', 'baby'],
    services: ['setlementti-sateenkaariperheet', 'vanhemmuuden-vahvistaminen'],
    reviewedDaysAgo: 45,
  },
  {
    slug: 'raha-huolet',
    title: t('Rahat eivät riitä', 'Pengarna räcker inte'),
    summary: t(
      'Raha-asioihin saa apua ennen kuin tilanne kärjistyy: Kelan tuet, talous- ja velkaneuvonta ja ehkäisevä toimeentulotuki.',
      'Det finns hjälp med ekonomin innan läget blir akut: Fpa:s stöd, ekonomi- och skuldrådgivning och förebyggande utkomststöd.',
    ),
    body: t(
      '<h2>Tarkista tuet</h2><p>Kelasta haetaan lapsilisä, asumistuki ja perustoimeentulotuki. Tarkista, saako perheesi kaiken, mihin sillä on oikeus.</p><h2>Velat ja laskut</h2><ul><li>Talous- ja velkaneuvonta on maksutonta. Neuvoja auttaa tekemään budjetin ja neuvottelemaan velkojien kanssa.</li><li>Älä ota uutta pikavippiä vanhan maksamiseen.</li><li>Ehkäisevää toimeentulotukea voi hakea hyvinvointialueelta yllättäviin menoihin.</li></ul><p>Rahahuolet kuormittavat koko perhettä. Niistä voi puhua myös neuvolassa tai sosiaalityöntekijän kanssa.</p>',
      '<h2>Kontrollera stöden</h2><p>Barnbidrag, bostadsbidrag och grundläggande utkomststöd söks hos Fpa. Kontrollera att familjen får allt den har rätt till.</p><h2>Skulder och räkningar</h2><ul><li>Ekonomi- och skuldrådgivningen är avgiftsfri. Rådgivaren hjälper dig att göra en budget och förhandla med borgenärerna.</li><li>Ta inte ett nytt snabblån för att betala ett gammalt.</li><li>Förebyggande utkomststöd kan sökas hos välfärdsområdet för oväntade utgifter.</li></ul><p>Pengabekymmer belastar hela familjen. Du kan tala om dem också på rådgivningen eller med en socialarbetare.</p>',
    ),
    keywords: t(
      'raha, rahat, rahaa, velka, laskut, toimeentulotuki, köyhyys, pienituloinen',
      'pengar, skulder, räkningar, utkomststöd, fattigdom',
    ),
    categories: ['family-benefits', 'financial-counselling'],
    lifeSituations: ['money'],
    services: ['talous-ja-velkaneuvonta', 'kela-perustoimeentulotuki', 'toimeentulotuki-ehkaiseva'],
    reviewedDaysAgo: 60,
  },
  {
    slug: 'vakivalta-kotona',
    title: t('Väkivalta kotona', 'Våld i hemmet'),
    summary: t(
      'Kenenkään ei tarvitse elää väkivallan tai sen uhan kanssa. Hätätilanteessa soita 112. Apua saa myös nimettömänä.',
      'Ingen ska behöva leva med våld eller hot om våld. I en nödsituation ring 112. Du kan få hjälp också anonymt.',
    ),
    body: t(
      '<h2>Jos olet vaarassa nyt</h2><p><strong>Soita 112.</strong> Hätäkeskus lähettää apua myös silloin, kun et voi puhua vapaasti.</p><h2>Väkivaltaa on monenlaista</h2><p>Lyöminen, uhkailu, alistaminen, rahan tai yhteydenpidon kontrollointi ja seksuaalinen väkivalta ovat kaikki väkivaltaa. Lapselle myös väkivallan näkeminen ja kuuleminen on väkivaltaa.</p><h2>Apua</h2><ul><li>Turvakotiin voi tulla mihin vuorokauden aikaan tahansa, lasten kanssa, maksutta.</li><li>Väkivallan auttavaan puhelimeen voi soittaa nimettömänä.</li><li>Myös väkivaltaa käyttävä saa apua väkivallan lopettamiseen.</li></ul>',
      '<h2>Om du är i fara nu</h2><p><strong>Ring 112.</strong> Nödcentralen skickar hjälp också när du inte kan tala fritt.</p><h2>Våld har många former</h2><p>Slag, hot, förtryck, kontroll av pengar eller kontakter och sexuellt våld är alla våld. För ett barn är också att se och höra våld att utsättas för våld.</p><h2>Hjälp</h2><ul><li>Till skyddshemmet kan du komma när som helst på dygnet, med barnen, avgiftsfritt.</li><li>Hjälptelefonen mot våld kan du ringa anonymt.</li><li>Också den som utövar våld får hjälp att sluta.</li></ul>',
    ),
    keywords: t(
      'väkivalta, lähisuhdeväkivalta, perheväkivalta, turvakoti, uhka, pelko, lyö, uhkailee',
      'våld, våld i nära relationer, skyddshem, hot, rädsla',
      'violence, domestic violence, abuse, shelter, threat',
    ),
    categories: ['violence-work', 'shelter', 'crisis-help'],
    lifeSituations: ['violence'],
    services: ['turvakoti-etela-savo', 'vakivallan-auttava-puhelin', 'vakivallan-katkaisu'],
    reviewedDaysAgo: 25,
    reviewIntervalMonths: 6,
  },
  {
    slug: 'paihteet-perheessa',
    title: t('Päihteet perheessä'),
    summary: t('Kun vanhemman tai nuoren päihteiden käyttö huolettaa, apua saa koko perheelle – myös nimettömästi.'),
    body: t(
      '<h2>Huoli on aiheellinen</h2><p>Jos alkoholi, lääkkeet tai huumeet vaikuttavat arkeen, lapset huomaavat sen, vaikka siitä ei puhuttaisi. Lapselle on tärkeää kuulla, ettei tilanne ole hänen syytään.</p><h2>Apua</h2><ul><li>Vanhempien mielenterveys- ja päihdeneuvonnassa voi puhua omasta tai läheisen käytöstä.</li><li>Nuorille on omat päihdepalvelut.</li><li>Raskaana olevat saavat erityistä tukea päihdepoliklinikalta.</li></ul><p>Jos lapsen turvallisuus on uhattuna, soita 112.</p>',
    ),
    keywords: t('päihteet, päihteitä, alkoholi, juominen, huumeet, riippuvuus, humalassa'),
    categories: ['substance-services', 'mental-health'],
    lifeSituations: ['substances'],
    services: ['vanhempien-mielenterveys-ja-paihdeneuvonta', 'nuorten-paihdepalvelut', 'raskaana-olevien-paihdepoliklinikka'],
    reviewedDaysAgo: 70,
  },
  {
    slug: 'muutto-suomeen',
    title: t('Muutimme Suomeen lasten kanssa', 'Vi har flyttat till Finland med barn', 'We have moved to Finland with children'),
    summary: t(
      'Uudessa maassa kaikki on ensin vierasta. Näin löydät neuvolan, varhaiskasvatuksen, koulun ja muita perheitä.',
      'I ett nytt land är allt främmande till en början. Så hittar du rådgivningen, småbarnspedagogiken, skolan och andra familjer.',
      'In a new country everything feels unfamiliar at first. How to find the clinic, early education, school and other families.',
    ),
    body: t(
      '<h2>Ensimmäiset asiat</h2><ul><li>Kun kotikuntasi on merkitty väestötietojärjestelmään, neuvola ja koulu palvelevat perhettäsi.</li><li>Varhaiskasvatukseen haetaan kunnasta. Esiopetus alkaa sinä vuonna, kun lapsi täyttää kuusi.</li><li>Kysy Kelasta, mihin tukiin perheelläsi on oikeus.</li></ul><h2>Tutustu muihin</h2><p>Kohtaamispaikat ja kansainväliset perhekahvilat ovat avoimia kaikille, eikä niihin tarvitse ilmoittautua. Suomen kielen kerhossa voi harjoitella kieltä lasten kanssa.</p><p>Tulkin saa usein sosiaali- ja terveyspalveluihin maksutta. Pyydä tulkkia, kun varaat ajan.</p>',
      '<h2>Det första</h2><ul><li>När din hemkommun har förts in i befolkningsdatasystemet betjänar rådgivningen och skolan din familj.</li><li>Småbarnspedagogik söks hos kommunen. Förskoleundervisningen börjar det år barnet fyller sex.</li><li>Fråga Fpa vilka stöd familjen har rätt till.</li></ul><h2>Lär känna andra</h2><p>Mötesplatser och internationella familjecaféer är öppna för alla, och man behöver inte anmäla sig. Tolk får man ofta avgiftsfritt inom social- och hälsovården. Be om tolk när du bokar tid.</p>',
      '<h2>First things</h2><ul><li>Once your municipality of residence is recorded in the population register, the clinic and school serve your family.</li><li>Apply for early childhood education from the municipality. Pre-primary education starts in the year the child turns six.</li><li>Ask Kela which benefits your family is entitled to.</li></ul><h2>Meet other families</h2><p>Meeting places and international family cafés are open to everyone; no need to sign up. A Finnish language club lets you practise the language with your children.</p><p>An interpreter is often free in social and health services. Ask for one when you book.</p>',
    ),
    keywords: t(
      'muutto, maahanmuutto, maahanmuuttaja, uusi maa, tulkki, kotoutuminen, suomen kieli',
      'flytt, invandrare, nytt land, tolk, integration',
      'moving to Finland, immigrant, new country, interpreter, integration, Finnish language',
    ),
    categories: ['meeting-place', 'early-education', 'family-benefits'],
    lifeSituations: ['baby', 'small-child', 'school-child'],
    services: ['kansainvalinen-perhekahvila-mikkeli', 'suomen-kielen-kerho-vanhemmille', 'kela-perhe-etuudet'],
    reviewedDaysAgo: 35,
  },
];
