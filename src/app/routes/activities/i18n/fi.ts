/** The activity pages' texts. Finnish is the source. */
export const fi = {
  types: { openActivity: 'Avoin toiminta', peerGroup: 'Vertaisryhmä', club: 'Kerho', themeEvening: 'Teemailta', event: 'Tapahtuma', groupService: 'Ryhmäpalvelu' },
  languages: { fi: 'suomi', sv: 'ruotsi', en: 'englanti', se: 'saame', ru: 'venäjä', ar: 'arabia', so: 'somali', uk: 'ukraina', et: 'viro' },
  signUpModes: { none: 'Ei ilmoittautumista, tule paikalle', open: 'Ilmoittautuminen', closed: 'Suljettu ryhmä: hae mukaan' },
  common: { free: 'Maksuton', paid: 'Maksullinen', online: 'Verkossa', ages: 'Ikä {min}–{max} v', placesLeft: '{left}/{capacity} paikkaa vapaana', full: 'Täynnä: jonoon mahtuu', waitlisted: '{count} jonossa', cancelled: 'Peruttu', addToCalendar: 'Lisää kalenteriin (.ics)', calendarFeed: 'Kalenterisyöte (iCal)', organizer: 'Järjestäjä', coOrganizers: 'Mukana myös', language: 'Kieli', place: 'Paikka', accessibility: 'Esteettömyys', stepFree: 'Esteetön kulku', time: '{date} klo {start}–{end}' },
  calendar: {
    title: 'Mitä tapahtuu: perheiden toiminta',
    lead: 'Kohtaamispaikkojen, järjestöjen ja seurakuntien avoin toiminta, vertaisryhmät ja tapahtumat.',
    filters: 'Rajaa', municipality: 'Kunta', anyMunicipality: 'Kaikki kunnat', age: 'Lapsen ikä', type: 'Toiminnan laji', anyType: 'Kaikki lajit', language: 'Kieli', anyLanguage: 'Kaikki kielet', day: 'Päivä', freeOnly: 'Vain maksuttomat', placesLeftOnly: 'Vain joissa on tilaa', show: 'Näytä',
    results: '{count} kertaa {from} alkaen', none: 'Tällä rajauksella ei löytynyt toimintaa. Kokeile väljempää rajausta.', nextWeek: 'Seuraava viikko', previousWeek: 'Edellinen viikko',
  },
  thisWeek: { title: 'Tällä viikolla', all: 'Kaikki toiminta', none: 'Tällä viikolla ei ole toimintaa kalenterissa.' },
  activity: { upcoming: 'Tulevat kerrat', none: 'Tulevia kertoja ei ole kalenterissa.', signUp: 'Ilmoittaudu', apply: 'Hae mukaan', details: 'Tiedot', targetGroup: 'Kenelle' },
  occurrence: {
    signUpTitle: 'Ilmoittautuminen', applyTitle: 'Hakemus ryhmään', closed: 'Ilmoittautuminen ei ole nyt auki.', opens: 'Ilmoittautuminen aukeaa {at}.', noSignUp: 'Tähän ei ilmoittauduta: tule paikalle.', cancelledNotice: 'Tämä kerta on peruttu.',
    fullNotice: 'Kerta on täynnä. Voit ilmoittautua jonoon: saat viestin, jos paikka vapautuu.',
    name: 'Nimesi', email: 'Sähköposti', emailHint: 'Saat vahvistuksen ja peruutuslinkin sähköpostiin.', phone: 'Puhelinnumero', phoneHint: 'Jos sinulla ei ole sähköpostia. Anna ainakin toinen.', adults: 'Aikuisia', childrenAges: 'Lasten iät', childrenAgesHint: 'Erota pilkulla, esimerkiksi 1, 4. Jätä tyhjäksi, jos lapsia ei tule.', needs: 'Tarpeet (valinnainen)', needsHint: 'Esimerkiksi ruoka-allergiat tai tulkki.',
    consent: 'Hyväksyn, että järjestäjä käsittelee näitä tietoja tämän kerran järjestämiseksi. Tiedot poistetaan {days} päivän kuluttua kerrasta.', consentTitle: 'Tietojen käsittely',
    submit: 'Ilmoittaudu', submitApply: 'Lähetä hakemus', errorSummary: 'Tarkista nämä kohdat',
    doneConfirmed: 'Ilmoittautuminen on vahvistettu. Tervetuloa!', doneWaitlisted: 'Kerta on täynnä: olet jonossa. Saat viestin, jos paikka vapautuu.', doneApplied: 'Hakemus on lähetetty. Järjestäjä ilmoittaa päätöksestä.', doneExisting: 'Olet jo ilmoittautunut tähän kertaan. Ilmoittautumisesi linkki on sähköpostissasi.', manageLink: 'Näytä tai peru ilmoittautuminen', manageHint: 'Tallenna tämä linkki: sillä voit perua.',
  },
  registration: {
    title: 'Ilmoittautumisesi', statusLabel: 'Tila', status: { confirmed: 'Vahvistettu', waitlisted: 'Jonossa', applied: 'Hakemus käsittelyssä', cancelled: 'Peruttu', declined: 'Ei mahtunut mukaan' },
    position: 'Sijasi jonossa: {position}', people: '{adults} aikuista, lapset: {children}', noChildren: 'ei lapsia', cancelQuestion: 'Etkö pääse? Peru, niin paikka vapautuu seuraavalle.', cancel: 'Peru ilmoittautuminen', cancelled: 'Ilmoittautuminen on peruttu.',
  },
  proposal: {
    title: 'Ehdota toimintaa: {place}', lead: 'Toivoisitko jotain uutta? Ehdota toimintaa tai aihetta. Tunnistautumista ei tarvita, ja yhteystiedot ovat vapaaehtoisia.', counts: 'Ehdotuksia vastaanotettu {received}, käsitelty {actedOn}, toteutukseen {accepted}.', kind: 'Mitä ehdotat', kinds: { activity: 'Toimintaa', topic: 'Aihetta' }, role: 'Olen', roles: { family: 'perheenjäsen', volunteer: 'vapaaehtoinen', expertByExperience: 'kokemusasiantuntija', other: 'muu' }, text: 'Ehdotuksesi', contactName: 'Nimi (valinnainen)', contactEmail: 'Sähköposti (valinnainen)', contactHint: 'Jos haluat vastauksen.', submit: 'Lähetä ehdotus', done: 'Kiitos! Ehdotuksesi on välitetty järjestäjille.', link: 'Ehdota toimintaa tähän kohtaamispaikkaan',
  },
  staff: {
    title: 'Toiminta ja ilmoittautumiset', lead: 'Järjestämäsi toiminta, kerrat ja osallistujat.', create: 'Uusi toiminta', none: 'Ei toimintaa.', edit: 'Muokkaa', proposals: 'Ehdotukset', figures: 'Luvut', status: { draft: 'Luonnos', published: 'Julkaistu', ended: 'Päättynyt' },
    form: { organization: 'Järjestäjä', place: 'Paikka', noPlace: 'Ei paikkaa (verkossa)', onlineUrl: 'Verkko-osoite (https://)', type: 'Laji', nameFi: 'Nimi suomeksi', nameSv: 'Nimi ruotsiksi', nameEn: 'Nimi englanniksi', descriptionFi: 'Kuvaus suomeksi', languages: 'Kielet', ageMin: 'Ikä alkaen', ageMax: 'Ikä enintään', cost: 'Hinta', signUp: 'Ilmoittautuminen', capacity: 'Paikkoja kerralla', firstDate: 'Ensimmäinen päivä', startTime: 'Alkaa (hh:mm)', duration: 'Kesto minuutteina', rrule: 'Toistuvuus (RRULE)', rruleHint: 'Esimerkiksi FREQ=WEEKLY;BYDAY=TU viikoittain tiistaisin. Tyhjä: vain yksi kerta.', exceptionDates: 'Poikkeuspäivät', exceptionHint: 'Päivät, jolloin ei ole toimintaa: VVVV-KK-PP pilkulla erotettuna.', statusField: 'Tila', save: 'Tallenna', saved: 'Tallennettu.' },
    occurrences: 'Kerrat', roster: 'Osallistujat', cancelOccurrence: 'Peru kerta', cancelledNotice: 'Kerta on peruttu ja ilmoittautuneille on lähtenyt viesti.',
    rosterTitle: 'Osallistujat: {activity}', confirmed: 'Vahvistetut {confirmed}/{capacity}', waiting: 'Jonossa {count}', columns: { name: 'Nimi', contact: 'Yhteystieto', people: 'Aikuisia / lasten iät', needs: 'Tarpeet', status: 'Tila', attended: 'Paikalla' }, saveAttendance: 'Tallenna läsnäolo', attendanceSaved: 'Läsnäolo tallennettu.', accept: 'Hyväksy', decline: 'Hylkää', exportCsv: 'Lataa CSV',
    headCount: 'Kävijämäärä (ilman ilmoittautumista)', adults: 'Aikuisia', children: 'Lapsia {band} v', saveHeadCount: 'Tallenna kävijämäärä', headCountSaved: 'Kävijämäärä tallennettu.',
    message: 'Viesti osallistujille', subject: 'Aihe', text: 'Viesti', send: 'Lähetä', sent: 'Viesti lähti {count} osallistujalle.',
    inbox: 'Ehdotukset kohtaamispaikoille', inboxNone: 'Ei ehdotuksia.', answer: 'Vastaus', reply: 'Vastaa', acceptProposal: 'Hyväksy ja tee luonnos', declineProposal: 'Hylkää perustellen', proposalStatus: { received: 'Uusi', answered: 'Vastattu', accepted: 'Hyväksytty', declined: 'Hylätty' },
    figuresTitle: 'Toiminnan luvut', period: '{from}–{to}', municipality: 'Kunta', held: 'Pidetyt kerrat', cancelledCount: 'Perutut kerrat', participants: 'Aikuiset / lapset 0–2, 3–6, 7–12, 13–17', fill: 'Täyttöaste', waitlist: 'Jonossa', regCancelled: 'Perutut ilmoittautumiset', noShows: 'Ei saapunut',
  },
} as const;
