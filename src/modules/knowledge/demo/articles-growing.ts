import { t, type DemoArticle } from './demo-article.ts';

/** Toddlers, school children and teenagers: written for this project. */
export const growingArticles: DemoArticle[] = [
  {
    slug: 'uhmaikainen-lapsi',
    title: t('Uhmaikä: kun pieni lapsi raivoaa', 'Trotsåldern: när ett litet barn får raseriutbrott'),
    summary: t(
      'Raivokohtaukset kuuluvat 2–4-vuotiaan kehitykseen. Aikuisen rauha auttaa lasta oppimaan tunteiden säätelyä.',
      'Raseriutbrott hör till utvecklingen hos 2–4-åringar. Den vuxnas lugn hjälper barnet att lära sig hantera känslor.',
    ),
    body: t(
      '<h2>Miksi lapsi raivoaa</h2><p>Leikki-ikäinen haluaa päättää itse, mutta ei vielä osaa hallita pettymystä. Raivo ei ole kiukuttelua aikuista vastaan, vaan tunne, joka on lapselle liian iso.</p><h2>Näin voit toimia</h2><ul><li>Pysy lähellä ja rauhallisena. Puhu vähän ja lyhyesti.</li><li>Pidä kiinni tärkeistä rajoista, mutta joustakaa pienissä asioissa.</li><li>Nimeä tunne: ”Sinua harmittaa, kun leikki loppui.”</li><li>Kun myrsky on ohi, lohduta. Lapsi tarvitsee tiedon, että hänestä välitetään.</li></ul><h2>Tukea</h2><p>Jos raivoa on paljon tai se pelottaa, puhu neuvolassa. Vanhempainryhmissä saa vinkkejä ja vertaistukea.</p>',
      '<h2>Varför får barnet utbrott</h2><p>Ett barn i lekåldern vill bestämma själv men kan ännu inte hantera besvikelse. Raseriet är inte trots mot den vuxna, utan en känsla som är för stor för barnet.</p><h2>Så kan du göra</h2><ul><li>Stanna nära och håll dig lugn. Tala lite och kort.</li><li>Håll fast vid viktiga gränser, men ge efter i små saker.</li><li>Sätt ord på känslan: ”Du blir ledsen när leken tog slut.”</li><li>När stormen är över, trösta. Barnet behöver veta att du bryr dig.</li></ul><h2>Stöd</h2><p>Om utbrotten är många eller skrämmer dig, tala med rådgivningen. I föräldragrupper får du tips och kamratstöd.</p>',
    ),
    keywords: t('uhma, uhmaikä, raivo, kiukku, raivokohtaus, tahtoikä, rajat', 'trots, trotsålder, utbrott, ilska, gränser'),
    categories: ['parenting-support', 'child-health-clinic'],
    lifeSituations: ['small-child'],
    services: ['lastenneuvola-mikkeli', 'ihmeelliset-vuodet-vanhempainryhma'],
    reviewedDaysAgo: 90,
  },
  {
    slug: 'koulumurheet',
    title: t('Kun lapsella on huolia koulussa', 'När barnet har bekymmer i skolan', 'When your child has worries at school'),
    summary: t(
      'Koulussa voi olla vaikeaa monesta syystä: oppiminen, kaverit tai kiusaaminen. Kysy lapselta ja ota yhteyttä kouluun.',
      'Skolan kan vara svår av många orsaker: inlärning, kompisar eller mobbning. Fråga barnet och kontakta skolan.',
      'School can be hard for many reasons: learning, friends or bullying. Ask your child and contact the school.',
    ),
    body: t(
      '<h2>Merkkejä</h2><p>Vatsakipu aamuisin, haluttomuus lähteä kouluun, ärtyisyys tai vetäytyminen voivat kertoa, että jokin painaa. Lapsi ei aina osaa sanoa, mikä.</p><h2>Mitä voit tehdä</h2><ul><li>Kysy rauhassa ja kuuntele. Kerro, että asiasta saa puhua.</li><li>Ota yhteyttä opettajaan. Koulu on vastuussa siitä, että jokainen oppilas on turvassa.</li><li>Koulukuraattori, koulupsykologi ja kouluterveydenhoitaja auttavat lasta ja vanhempia maksutta.</li></ul><p>Jos lasta kiusataan, lue myös <a href="/fi/articles/kiusaaminen">kiusaamisesta</a>.</p>',
      '<h2>Tecken</h2><p>Ont i magen på morgnarna, olust att gå till skolan, irritation eller att barnet drar sig undan kan tyda på att något tynger. Barnet kan inte alltid säga vad.</p><h2>Vad du kan göra</h2><ul><li>Fråga i lugn och ro och lyssna. Säg att det är okej att prata om det.</li><li>Kontakta läraren. Skolan ansvarar för att varje elev är trygg.</li><li>Skolkuratorn, skolpsykologen och skolhälsovårdaren hjälper barn och föräldrar avgiftsfritt.</li></ul>',
      '<h2>Signs</h2><p>Stomach aches in the morning, not wanting to go to school, irritability or withdrawing can mean something is weighing on your child. They cannot always say what.</p><h2>What you can do</h2><ul><li>Ask calmly and listen. Say that it is all right to talk about it.</li><li>Contact the teacher. The school is responsible for every pupil’s safety.</li><li>The school curator, psychologist and nurse help children and parents free of charge.</li></ul><p>If your child is bullied, tell the school at once: bullying is never the child’s fault.</p>',
    ),
    keywords: t(
      'koulu, koulussa, koulumurheet, koulupelko, oppimisvaikeudet, kaverit, kiusataan',
      'skola, skolbekymmer, skolrädsla, mobbning, kompisar',
      'school, bullied, bullying, school worries, friends, learning',
    ),
    categories: ['school-curator', 'school-psychologist', 'school-health'],
    lifeSituations: ['school-child'],
    services: ['koulukuraattori-mikkeli', 'koulupsykologi-mikkeli', 'kouluterveydenhuolto-mikkeli'],
    reviewedDaysAgo: 15,
  },
  {
    slug: 'kiusaaminen',
    title: t('Lastani kiusataan'),
    summary: t('Kiusaaminen ei ole koskaan lapsen syy. Aikuisten tehtävä on lopettaa se – kotona ja koulussa yhdessä.'),
    body: t(
      '<h2>Kuuntele ja usko</h2><p>Kiitä lasta siitä, että hän kertoi. Älä lupaa pitää asiaa salassa, mutta kerro, mitä aiot tehdä ja miksi.</p><h2>Toimi</h2><ul><li>Kirjaa ylös, mitä on tapahtunut ja milloin.</li><li>Ota yhteyttä opettajaan tai rehtoriin. Koulun on puututtava kiusaamiseen ja kerrottava, miten se tekee sen.</li><li>Netissä tapahtuva kiusaaminen on myös kiusaamista. Tallenna viestit.</li></ul><h2>Tukea lapselle</h2><p>Kuraattori ja koulupsykologi tukevat kiusattua lasta. Lasten ja nuorten puhelimeen voi soittaa nimettömänä.</p>',
    ),
    keywords: t('kiusaaminen, kiusataan, kiusattu, nettikiusaaminen, koulukiusaaminen'),
    categories: ['school-curator', 'school-psychologist'],
    lifeSituations: ['school-child', 'young-person'],
    services: ['koulukuraattori-mikkeli', 'lasten-ja-nuorten-puhelin'],
    reviewedDaysAgo: 150,
  },
  {
    slug: 'nuoren-paha-olo',
    title: t('Huoli nuoren mielialasta'),
    summary: t('Murrosikään kuuluu mielialan vaihtelua, mutta pitkään jatkuva paha olo on syy hakea apua.'),
    body: t(
      '<h2>Milloin huolestua</h2><p>Jos nuori vetäytyy kavereista, ei jaksa kouluun, nukkuu huonosti tai puhuu toivottomuudesta viikkojen ajan, paha olo on ehkä muuttunut masennukseksi.</p><h2>Näin voit auttaa</h2><ul><li>Kerro huomanneesi muutoksen ja kysy suoraan, miten nuori voi.</li><li>Ole saatavilla, vaikka nuori ei heti halua puhua.</li><li>Kouluterveydenhoitaja, kuraattori ja nuorten mielenterveyspalvelut auttavat.</li></ul><p>Jos nuori puhuu itsensä vahingoittamisesta, älä jätä häntä yksin: soita 112 tai kriisipuhelimeen.</p>',
    ),
    keywords: t('nuori, murrosikä, masennus, paha olo, ahdistus, itsetuhoisuus, mielenterveys'),
    categories: ['mental-health', 'school-health'],
    lifeSituations: ['young-person'],
    services: ['nuorten-mielenterveys-mikkeli', 'nuorten-mielenterveyschat', 'kriisipuhelin'],
    reviewedDaysAgo: 75,
  },
  {
    slug: 'ruutuaika',
    title: t('Ruutuaika ja lapsen arki'),
    summary: t('Kohtuullinen ruutuaika sopii arkeen, kun uni, liikunta ja yhteinen aika riittävät.'),
    body: t(
      '<h2>Mikä on kohtuullista</h2><p>Alle kouluikäisen ruutuaika kannattaa pitää lyhyenä ja aikuisen seurassa. Kouluikäisen kanssa sovitaan yhdessä säännöt: milloin, kuinka kauan ja mitä.</p><h2>Vinkkejä</h2><ul><li>Ei ruutuja tuntiin ennen nukkumaanmenoa.</li><li>Ruokapöytä ja makuuhuone ilman puhelimia – myös aikuisilla.</li><li>Katsokaa ja pelatkaa välillä yhdessä ja jutelkaa siitä, mitä lapsi netissä näkee.</li></ul>',
    ),
    keywords: t('ruutuaika, puhelin, pelaaminen, tabletti, netti, some, kännykkä'),
    categories: ['parenting-support'],
    lifeSituations: ['small-child', 'school-child'],
    services: ['kirjasto-mikkeli'],
    reviewedDaysAgo: 10,
  },
  {
    slug: 'lapsen-kehitys',
    title: t('Huoli lapsen kehityksestä', 'Oro för barnets utveckling'),
    summary: t(
      'Lapset kehittyvät eri tahtiin. Jos huoli puheesta, liikkumisesta tai vuorovaikutuksesta jää mieleen, siitä kannattaa kysyä.',
      'Barn utvecklas i olika takt. Om du oroar dig för tal, rörelse eller samspel är det bra att fråga.',
    ),
    body: t(
      '<h2>Luota havaintoihisi</h2><p>Vanhempi tuntee lapsensa parhaiten. Neuvolan määräaikaistarkastuksissa seurataan kehitystä, mutta huolesta voi kertoa myös niiden välillä.</p><h2>Mitä sitten tapahtuu</h2><ul><li>Neuvolassa arvioidaan tilanne ja tarvittaessa ohjataan puhe-, toiminta- tai fysioterapiaan tai psykologille.</li><li>Varhaiskasvatuksen henkilöstö voi kertoa, mitä he ovat huomanneet.</li><li>Varhain aloitettu tuki auttaa eniten, eikä se vaadi diagnoosia.</li></ul>',
      '<h2>Lita på dina iakttagelser</h2><p>Föräldern känner sitt barn bäst. Vid rådgivningens regelbundna kontroller följs utvecklingen, men du kan berätta om din oro också mellan dem.</p><h2>Vad händer sedan</h2><ul><li>Rådgivningen bedömer läget och hänvisar vid behov till tal-, ergo- eller fysioterapi eller till psykolog.</li><li>Personalen i småbarnspedagogiken kan berätta vad de har märkt.</li><li>Stöd som börjar tidigt hjälper mest, och det kräver ingen diagnos.</li></ul>',
    ),
    keywords: t(
      'kehitys, puhe, puheen kehitys, ei puhu, motoriikka, viivästymä, erityistuki',
      'utveckling, tal, talet, försenad, specialstöd',
    ),
    categories: ['speech-therapy', 'occupational-therapy', 'psychologist'],
    lifeSituations: ['development-worry', 'small-child'],
    services: ['puheterapia-mikkeli', 'toimintaterapia-mikkeli', 'psykologi-mikkeli', 'lastenneuvola-mikkeli'],
    reviewedDaysAgo: 380,
  },
];
