import type { Messages } from '../../../../platform/i18n/messages.ts';
import type { fi } from './fi.ts';

export const sv: Messages<typeof fi> = {
  types: { openActivity: 'Öppen verksamhet', peerGroup: 'Kamratgrupp', club: 'Klubb', themeEvening: 'Temakväll', event: 'Evenemang', groupService: 'Grupptjänst' },
  languages: { fi: 'finska', sv: 'svenska', en: 'engelska', se: 'samiska', ru: 'ryska', ar: 'arabiska', so: 'somaliska', uk: 'ukrainska', et: 'estniska' },
  signUpModes: { none: 'Ingen anmälan, kom bara', open: 'Anmälan', closed: 'Sluten grupp: ansök' },
  common: { free: 'Avgiftsfri', paid: 'Avgiftsbelagd', online: 'På nätet', ages: 'Ålder {min}–{max} år', placesLeft: '{left}/{capacity} platser lediga', full: 'Fullt: det går att köa', waitlisted: '{count} i kö', cancelled: 'Inställt', addToCalendar: 'Lägg till i kalendern (.ics)', calendarFeed: 'Kalenderflöde (iCal)', organizer: 'Arrangör', coOrganizers: 'Med är också', language: 'Språk', place: 'Plats', accessibility: 'Tillgänglighet', stepFree: 'Stegfri tillgång', time: '{date} kl. {start}–{end}' },
  calendar: {
    title: 'Vad händer: verksamhet för familjer',
    lead: 'Öppen verksamhet, kamratgrupper och evenemang på mötesplatser, i föreningar och församlingar.',
    filters: 'Avgränsa', municipality: 'Kommun', anyMunicipality: 'Alla kommuner', age: 'Barnets ålder', type: 'Typ av verksamhet', anyType: 'Alla typer', language: 'Språk', anyLanguage: 'Alla språk', day: 'Dag', freeOnly: 'Endast avgiftsfria', placesLeftOnly: 'Endast med lediga platser', show: 'Visa',
    results: '{count} tillfällen från {from}', none: 'Ingen verksamhet med den här avgränsningen. Pröva en vidare.', nextWeek: 'Nästa vecka', previousWeek: 'Föregående vecka',
  },
  thisWeek: { title: 'Den här veckan', all: 'All verksamhet', none: 'Den här veckan finns ingen verksamhet i kalendern.' },
  activity: { upcoming: 'Kommande tillfällen', none: 'Inga kommande tillfällen i kalendern.', signUp: 'Anmäl dig', apply: 'Ansök', details: 'Uppgifter', targetGroup: 'För vem' },
  occurrence: {
    signUpTitle: 'Anmälan', applyTitle: 'Ansökan till gruppen', closed: 'Anmälan är inte öppen nu.', opens: 'Anmälan öppnar {at}.', noSignUp: 'Ingen anmälan: kom bara.', cancelledNotice: 'Det här tillfället är inställt.',
    fullNotice: 'Tillfället är fullt. Du kan ställa dig i kö: du får ett meddelande om en plats blir ledig.',
    name: 'Ditt namn', email: 'E-post', emailHint: 'Du får en bekräftelse och en länk för att annullera per e-post.', phone: 'Telefonnummer', phoneHint: 'Om du inte har e-post. Ange åtminstone det ena.', adults: 'Vuxna', childrenAges: 'Barnens åldrar', childrenAgesHint: 'Skilj med komma, till exempel 1, 4. Lämna tomt om inga barn kommer.', needs: 'Behov (frivilligt)', needsHint: 'Till exempel matallergier eller tolk.',
    consent: 'Jag godkänner att arrangören behandlar uppgifterna för att ordna detta tillfälle. Uppgifterna raderas {days} dagar efter tillfället.', consentTitle: 'Behandling av uppgifter',
    submit: 'Anmäl dig', submitApply: 'Skicka ansökan', errorSummary: 'Kontrollera följande',
    doneConfirmed: 'Anmälan är bekräftad. Välkommen!', doneWaitlisted: 'Tillfället är fullt: du står i kö. Du får ett meddelande om en plats blir ledig.', doneApplied: 'Ansökan är skickad. Arrangören meddelar beslutet.', doneExisting: 'Du har redan anmält dig till det här tillfället. Länken till anmälan finns i din e-post.', manageLink: 'Visa eller annullera anmälan', manageHint: 'Spara länken: med den kan du annullera.',
  },
  registration: {
    title: 'Din anmälan', statusLabel: 'Status', status: { confirmed: 'Bekräftad', waitlisted: 'I kö', applied: 'Ansökan behandlas', cancelled: 'Annullerad', declined: 'Fick inte plats' },
    position: 'Din plats i kön: {position}', people: '{adults} vuxna, barn: {children}', noChildren: 'inga barn', cancelQuestion: 'Kan du inte komma? Annullera så går platsen till nästa.', cancel: 'Annullera anmälan', cancelled: 'Anmälan är annullerad.',
  },
  proposal: {
    title: 'Föreslå verksamhet: {place}', lead: 'Önskar du något nytt? Föreslå verksamhet eller ett ämne. Ingen identifiering behövs och kontaktuppgifterna är frivilliga.', counts: 'Förslag mottagna {received}, behandlade {actedOn}, genomförs {accepted}.', kind: 'Vad föreslår du', kinds: { activity: 'Verksamhet', topic: 'Ett ämne' }, role: 'Jag är', roles: { family: 'familjemedlem', volunteer: 'frivillig', expertByExperience: 'erfarenhetsexpert', other: 'annan' }, text: 'Ditt förslag', contactName: 'Namn (frivilligt)', contactEmail: 'E-post (frivilligt)', contactHint: 'Om du vill ha svar.', submit: 'Skicka förslaget', done: 'Tack! Ditt förslag har skickats till arrangörerna.', link: 'Föreslå verksamhet till den här mötesplatsen',
  },
  staff: {
    title: 'Verksamhet och anmälningar', lead: 'Verksamhet du arrangerar, tillfällen och deltagare.', create: 'Ny verksamhet', none: 'Ingen verksamhet.', edit: 'Redigera', proposals: 'Förslag', figures: 'Siffror', status: { draft: 'Utkast', published: 'Publicerad', ended: 'Avslutad' },
    form: { organization: 'Arrangör', place: 'Plats', noPlace: 'Ingen plats (på nätet)', onlineUrl: 'Webbadress (https://)', type: 'Typ', nameFi: 'Namn på finska', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska', descriptionFi: 'Beskrivning på finska', languages: 'Språk', ageMin: 'Ålder från', ageMax: 'Ålder till', cost: 'Pris', signUp: 'Anmälan', capacity: 'Platser per tillfälle', firstDate: 'Första dagen', startTime: 'Börjar (hh:mm)', duration: 'Längd i minuter', rrule: 'Upprepning (RRULE)', rruleHint: 'Till exempel FREQ=WEEKLY;BYDAY=TU varje tisdag. Tomt: bara en gång.', exceptionDates: 'Undantagsdagar', exceptionHint: 'Dagar utan verksamhet: ÅÅÅÅ-MM-DD med komma emellan.', statusField: 'Status', save: 'Spara', saved: 'Sparat.' },
    occurrences: 'Tillfällen', roster: 'Deltagare', cancelOccurrence: 'Ställ in tillfället', cancelledNotice: 'Tillfället är inställt och de anmälda har fått ett meddelande.',
    rosterTitle: 'Deltagare: {activity}', confirmed: 'Bekräftade {confirmed}/{capacity}', waiting: 'I kö {count}', columns: { name: 'Namn', contact: 'Kontakt', people: 'Vuxna / barnens åldrar', needs: 'Behov', status: 'Status', attended: 'Närvarande' }, saveAttendance: 'Spara närvaro', attendanceSaved: 'Närvaron är sparad.', accept: 'Godkänn', decline: 'Avslå', exportCsv: 'Ladda ner CSV',
    headCount: 'Antal besökare (utan anmälan)', adults: 'Vuxna', children: 'Barn {band} år', saveHeadCount: 'Spara antalet', headCountSaved: 'Antalet är sparat.',
    message: 'Meddelande till deltagarna', subject: 'Ämne', text: 'Meddelande', send: 'Skicka', sent: 'Meddelandet gick till {count} deltagare.',
    inbox: 'Förslag till mötesplatserna', inboxNone: 'Inga förslag.', answer: 'Svar', reply: 'Svara', acceptProposal: 'Godkänn och gör ett utkast', declineProposal: 'Avslå med motivering', proposalStatus: { received: 'Ny', answered: 'Besvarad', accepted: 'Godkänd', declined: 'Avslagen' },
    figuresTitle: 'Verksamhetens siffror', period: '{from}–{to}', municipality: 'Kommun', held: 'Hållna tillfällen', cancelledCount: 'Inställda tillfällen', participants: 'Vuxna / barn 0–2, 3–6, 7–12, 13–17', fill: 'Beläggning', waitlist: 'I kö', regCancelled: 'Annullerade anmälningar', noShows: 'Kom inte',
  },
};
