/**
 * The open-data pages' texts: the "Open data" page (also the profile the HSDS API names at
 * /hsds) and the link to a service's HSDS record. Finnish is the source.
 */
export const fi = {
  openData: {
    title: 'Avoin data',
    lead: 'Palvelutarjottimen kaikki palvelut, toimipaikat ja aukioloajat ovat avointa dataa. Niitä saa käyttää vapaasti, kunhan lähde mainitaan.',
    licenceHeading: 'Lisenssi',
    licence: 'Tiedot julkaistaan lisenssillä {licence}. Mainitse lähteenä ”Perhekeskus” ja tämän palvelun osoite.',
    licenceName: 'Creative Commons Nimeä 4.0 (CC BY 4.0)',
    updatesHeading: 'Päivittyminen',
    updates:
      'Rajapinnat lukevat tiedot suoraan palvelun tietokannasta: muutos näkyy heti, kun se on tallennettu. Suomi.fi-palvelutietovarannosta (PTV) tuodut tiedot päivittyvät aina, kun tuonti ajetaan; ajastettuna muuttuneet joka yö ja kaikki kerran viikossa.',
    updatesSync:
      'Synkronoiva järjestelmä voi hakea vain muuttuneet palvelut parametrilla modified_after tai pelkät tunnisteet ja muutosajat parametrilla minimal=true.',
    interfacesHeading: 'Kaksi rajapintaa',
    hsdsName: 'Open Referral HSDS 3.0',
    hsds: 'Kansainvälinen palvelutietojen standardi muille hakemistoille, neuvontapalveluille ja tutkijoille. Juuri: {root}, kuvaus: {openapi}.',
    jsonName: 'Perhekeskuksen JSON-rajapinta',
    json: 'Palvelutarjottimen oma rajapinta, jolla tämä sivusto on tehty: haku, palvelut, toimipaikat ja luokitukset kolmella kielellä. {docs}.',
    jsonDocs: 'Rajapinnan kuvaus',
    endpointsHeading: 'HSDS-rajapinnan osoitteet',
    endpointPath: 'Osoite',
    endpointWhat: 'Mitä se palauttaa',
    endpointExample: 'Esimerkki',
    endpoints: {
      root: 'Version, tämän profiilin ja OpenAPI-kuvauksen osoitteet',
      services: 'Sivu palveluja (HSDS Page); full=true antaa koko palvelut',
      service: 'Yksi palvelu kaikkine tietoineen: toimijat, toimipaikat, aukioloajat, alueet ja luokitukset',
      organizations: 'Sivu toimijoita; yksittäisellä toimijalla sen toimipaikat ja palvelut',
      serviceAtLocations: 'Palvelu toimipaikassa; postcode ja proximity rajaavat etäisyyden mukaan',
      taxonomies: 'Julkaistut luokitukset',
      taxonomyTerms: 'Luokitusten termit; taxonomy_id, parent_id ja top_only rajaavat',
      openapi: 'OpenAPI 3.1 -kuvaus kaikista osoitteista ja parametreista',
    },
    parametersHeading: 'Parametrit',
    parameters: {
      search: 'search – vapaa haku nimistä, kuvauksista ja hakusanoista',
      paging: 'page ja per_page – sivu (1, 2, …) ja sivun koko, 1–200 (oletus 50)',
      full: 'full=true – sisäkkäiset tiedot listassakin',
      ndjson: 'format=ndjson – kaikki osumat ilman sivutusta, yksi JSON-olio rivillä; sopii koko aineiston lataamiseen',
      filters:
        'taxonomy_term_id, taxonomy_id, organization_id, modified_after – rajaus termin, luokituksen, toimijan tai muutosajan mukaan',
      uk: 'minimum_age, maximum_age, day, start_time, end_time – Open Referral UK:n rajaukset iän ja aukiolon mukaan (Suomen aikaa)',
      errors: 'Väärä tai rajojen ulkopuolinen arvo palauttaa tilan 400 ja selityksen RFC 9457 -muodossa (application/problem+json).',
    },
    downloadHeading: 'Koko aineisto',
    download: 'Koko aineisto yhdellä pyynnöllä, suomeksi: {link}. Sama ruotsiksi ja englanniksi parametrilla lang.',
    languagesHeading: 'Kielet',
    languages: [
      'HSDS:ssä teksti on yhdellä kielellä. Yksi vastaus on siksi yhdellä kielellä: lang=fi, lang=sv tai lang=en; ilman sitä selaimen Accept-Language, muuten suomi. Vastauksen kieli on otsakkeessa Content-Language.',
      'Tunnisteet ovat samat kaikilla kielillä, joten kolmen kielen vastaukset voi yhdistää tunnisteen mukaan.',
      'Jos tekstiä ei ole käännetty, kenttä on suomeksi. Luokitusten termeillä on kenttä language.',
      'Palvelun kielet (languages) ovat ISO 639 -koodeja, myös viittomakielet (fse, fss).',
    ],
    mappingHeading: 'Miten tiedot on esitetty',
    mapping: [
      'Toimipaikat ovat fyysisiä sijainteja (location_type physical) osoitteineen ja koordinaatteineen (WGS84); chat, sähköinen asiointi ja ajanvaraus ovat virtuaalisia sijainteja.',
      'Aukioloajat ovat viikoittaisia aikatauluja (freq WEEKLY) Suomen aikaa. Kenttä timezone on päivien UTC-siirtymä: 2 talvella ja 3 kesällä, joten aikataulu jaetaan kellojen siirtymisen kohdalta. Voimassa olevat ajat julkaistaan vuodeksi eteenpäin.',
      'Poikkeuspäivät ovat yhden päivän aikatauluja, joilla on luokituksen schedule-kinds termi: suljettu tai muutettu aukiolo, joka korvaa viikoittaisen. Arkipyhät, juhannusaatto ja jouluaatto ovat suljettuja, ellei toisin ilmoiteta; se kerrotaan aikataulun kuvauksessa.',
      'Aiheet, menetelmät, palvelun taso, sektori, kohderyhmät, asiointitavat ja muut luettelot ovat luokitusten termejä (attributes), jotka löytyvät osoitteista /hsds/taxonomies ja /hsds/taxonomy_terms.',
      'Alueet ovat luokituksen areas termejä: koko Suomi, hyvinvointialueet ja kunnat Tilastokeskuksen kuntanumeroin. Palvelun alueet (service_areas) viittaavat niihin.',
      'HSDS:n tyhjiä kenttiä ei lähetetä lainkaan (ei null-arvoja), ja jokainen vastaus noudattaa Open Referralin virallisia skeemoja.',
    ],
    limitsHeading: 'Käyttö',
    limits:
      'Rajapinnat ovat avoimia: ne eivät vaadi avainta, ja niitä voi kutsua miltä tahansa sivustolta (CORS). Pyyntöjen määrä on rajoitettu asiakasta kohti; liian tiheät pyynnöt saavat tilan 429 ja otsakkeen Retry-After.',
  },
  record: {
    link: 'Palvelun tiedot avoimena datana (HSDS)',
  },
} as const;
