import type { Lang } from '../../platform/i18n-text.ts';
import { format } from '../../platform/i18n/messages.ts';

type Kind =
  | 'confirmed'
  | 'waitlisted'
  | 'applied'
  | 'promoted'
  | 'accepted'
  | 'declined'
  | 'cancelled'
  | 'occurrenceCancelled'
  | 'reminder'
  | 'message'
  | 'proposalAnswered';

/** The mails a family gets, in the language it signed up in. Plain text; links are single-purpose. */
const texts: Record<Lang, Record<Kind, { subject: string; body: string }>> = {
  fi: {
    confirmed: {
      subject: 'Ilmoittautuminen vahvistettu: {activity}',
      body: 'Hei {name},\n\nolet ilmoittautunut: {activity}, {when}, {where}.\n\nIlmoittautumisesi näet ja voit perua sen tästä linkistä:\n{link}\n\nTervetuloa!\nPerhekeskus',
    },
    waitlisted: {
      subject: 'Olet jonossa: {activity}',
      body: 'Hei {name},\n\n{activity} ({when}) on täynnä, ja olet jonossa sijalla {position}. Kerromme sähköpostilla, jos paikka vapautuu.\n\nIlmoittautumisesi näet ja voit perua sen tästä linkistä:\n{link}\n\nPerhekeskus',
    },
    applied: {
      subject: 'Hakemus vastaanotettu: {activity}',
      body: 'Hei {name},\n\nhakemuksesi ryhmään {activity} ({when}) on vastaanotettu. Järjestäjä ilmoittaa, kun hakemus on käsitelty.\n\nHakemuksesi näet ja voit perua sen tästä linkistä:\n{link}\n\nPerhekeskus',
    },
    promoted: {
      subject: 'Paikka vapautui: {activity}',
      body: 'Hei {name},\n\nsinulle vapautui paikka: {activity}, {when}, {where}. Ilmoittautumisesi on nyt vahvistettu.\n\nJos et pääse, peru paikkasi tästä linkistä, niin se vapautuu seuraavalle:\n{link}\n\nPerhekeskus',
    },
    accepted: {
      subject: 'Hakemus hyväksytty: {activity}',
      body: 'Hei {name},\n\nhakemuksesi on hyväksytty: {activity}, {when}, {where}.\n\nIlmoittautumisesi näet ja voit perua sen tästä linkistä:\n{link}\n\nPerhekeskus',
    },
    declined: {
      subject: 'Hakemus: {activity}',
      body: 'Hei {name},\n\nvalitettavasti ryhmään {activity} ({when}) ei tällä kertaa ollut sinulle paikkaa.\n\nPerhekeskus',
    },
    cancelled: {
      subject: 'Ilmoittautuminen peruttu: {activity}',
      body: 'Hei {name},\n\nilmoittautumisesi on peruttu: {activity}, {when}.\n\nPerhekeskus',
    },
    occurrenceCancelled: {
      subject: 'Peruttu: {activity} {when}',
      body: 'Hei {name},\n\njärjestäjä on perunut kerran {activity}, {when}. Pahoittelemme!\n\nPerhekeskus',
    },
    reminder: {
      subject: 'Muistutus huomisesta: {activity}',
      body: 'Hei {name},\n\nmuistutus: {activity}, {when}, {where}.\n\nJos et pääse, peru paikkasi tästä linkistä:\n{link}\n\nPerhekeskus',
    },
    message: {
      subject: '{activity}: {subject}',
      body: 'Hei {name},\n\njärjestäjä kirjoittaa ({activity}, {when}):\n\n{text}\n\nPerhekeskus',
    },
    proposalAnswered: {
      subject: 'Vastaus ehdotukseesi',
      body: 'Hei,\n\nkiitos ehdotuksestasi kohtaamispaikalle {place}. Järjestäjä vastaa:\n\n{text}\n\nPerhekeskus',
    },
  },
  sv: {
    confirmed: {
      subject: 'Anmälan bekräftad: {activity}',
      body: 'Hej {name},\n\ndu har anmält dig till: {activity}, {when}, {where}.\n\nDu ser din anmälan och kan annullera den via den här länken:\n{link}\n\nVälkommen!\nPerhekeskus',
    },
    waitlisted: {
      subject: 'Du står i kö: {activity}',
      body: 'Hej {name},\n\n{activity} ({when}) är fullt, och du står i kö på plats {position}. Vi meddelar per e-post om en plats blir ledig.\n\nDu ser din anmälan och kan annullera den via den här länken:\n{link}\n\nPerhekeskus',
    },
    applied: {
      subject: 'Ansökan mottagen: {activity}',
      body: 'Hej {name},\n\ndin ansökan till gruppen {activity} ({when}) har tagits emot. Arrangören meddelar när den har behandlats.\n\nDu ser din ansökan och kan annullera den via den här länken:\n{link}\n\nPerhekeskus',
    },
    promoted: {
      subject: 'En plats blev ledig: {activity}',
      body: 'Hej {name},\n\nen plats blev ledig för dig: {activity}, {when}, {where}. Din anmälan är nu bekräftad.\n\nOm du inte kan komma, annullera platsen via den här länken så går den till nästa:\n{link}\n\nPerhekeskus',
    },
    accepted: {
      subject: 'Ansökan godkänd: {activity}',
      body: 'Hej {name},\n\ndin ansökan har godkänts: {activity}, {when}, {where}.\n\nDu ser din anmälan och kan annullera den via den här länken:\n{link}\n\nPerhekeskus',
    },
    declined: {
      subject: 'Ansökan: {activity}',
      body: 'Hej {name},\n\ntyvärr fanns det denna gång ingen plats för dig i gruppen {activity} ({when}).\n\nPerhekeskus',
    },
    cancelled: {
      subject: 'Anmälan annullerad: {activity}',
      body: 'Hej {name},\n\ndin anmälan har annullerats: {activity}, {when}.\n\nPerhekeskus',
    },
    occurrenceCancelled: {
      subject: 'Inställt: {activity} {when}',
      body: 'Hej {name},\n\narrangören har ställt in {activity}, {when}. Vi beklagar!\n\nPerhekeskus',
    },
    reminder: {
      subject: 'Påminnelse om i morgon: {activity}',
      body: 'Hej {name},\n\npåminnelse: {activity}, {when}, {where}.\n\nOm du inte kan komma, annullera platsen via den här länken:\n{link}\n\nPerhekeskus',
    },
    message: { subject: '{activity}: {subject}', body: 'Hej {name},\n\narrangören skriver ({activity}, {when}):\n\n{text}\n\nPerhekeskus' },
    proposalAnswered: {
      subject: 'Svar på ditt förslag',
      body: 'Hej,\n\ntack för ditt förslag till mötesplatsen {place}. Arrangören svarar:\n\n{text}\n\nPerhekeskus',
    },
  },
  en: {
    confirmed: {
      subject: 'Sign-up confirmed: {activity}',
      body: 'Hello {name},\n\nyou have signed up for: {activity}, {when}, {where}.\n\nSee or cancel your sign-up with this link:\n{link}\n\nWelcome!\nPerhekeskus',
    },
    waitlisted: {
      subject: 'You are on the waiting list: {activity}',
      body: 'Hello {name},\n\n{activity} ({when}) is full, and you are number {position} on the waiting list. We will e-mail you if a place frees up.\n\nSee or cancel your sign-up with this link:\n{link}\n\nPerhekeskus',
    },
    applied: {
      subject: 'Application received: {activity}',
      body: 'Hello {name},\n\nyour application to the group {activity} ({when}) has been received. The organiser will let you know when it has been handled.\n\nSee or cancel your application with this link:\n{link}\n\nPerhekeskus',
    },
    promoted: {
      subject: 'A place freed up: {activity}',
      body: 'Hello {name},\n\na place freed up for you: {activity}, {when}, {where}. Your sign-up is now confirmed.\n\nIf you cannot come, cancel with this link so the place goes to the next family:\n{link}\n\nPerhekeskus',
    },
    accepted: {
      subject: 'Application accepted: {activity}',
      body: 'Hello {name},\n\nyour application has been accepted: {activity}, {when}, {where}.\n\nSee or cancel your sign-up with this link:\n{link}\n\nPerhekeskus',
    },
    declined: {
      subject: 'Application: {activity}',
      body: 'Hello {name},\n\nunfortunately there was no place for you in the group {activity} ({when}) this time.\n\nPerhekeskus',
    },
    cancelled: {
      subject: 'Sign-up cancelled: {activity}',
      body: 'Hello {name},\n\nyour sign-up has been cancelled: {activity}, {when}.\n\nPerhekeskus',
    },
    occurrenceCancelled: {
      subject: 'Cancelled: {activity} {when}',
      body: 'Hello {name},\n\nthe organiser has cancelled {activity}, {when}. We are sorry!\n\nPerhekeskus',
    },
    reminder: {
      subject: 'Reminder for tomorrow: {activity}',
      body: 'Hello {name},\n\na reminder: {activity}, {when}, {where}.\n\nIf you cannot come, cancel with this link:\n{link}\n\nPerhekeskus',
    },
    message: {
      subject: '{activity}: {subject}',
      body: 'Hello {name},\n\nthe organiser writes ({activity}, {when}):\n\n{text}\n\nPerhekeskus',
    },
    proposalAnswered: {
      subject: 'An answer to your proposal',
      body: 'Hello,\n\nthank you for your proposal to the meeting place {place}. The organiser answers:\n\n{text}\n\nPerhekeskus',
    },
  },
};

export type ActivityMailKind = Kind;

export function activityMail(lang: Lang, kind: Kind, params: Record<string, string | number>) {
  const t = texts[lang][kind];
  return { subject: format(t.subject, params), text: format(t.body, params) };
}

/** '2026-12-08 klo 10.00' as a family reads it, in Helsinki time. */
export function whenText(lang: Lang, start: Date): string {
  return new Intl.DateTimeFormat(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', {
    timeZone: 'Europe/Helsinki',
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(start);
}
