import type { I18nText } from '../../platform/i18n-text.ts';

/** Replies advisors start from, in every language the network answers in. */
export const REPLY_TEMPLATES: readonly { key: string; title: I18nText; body: I18nText }[] = [
  {
    key: 'welcome',
    title: { fi: 'Tervehdys', sv: 'Hälsning', en: 'Greeting' },
    body: {
      fi: 'Hei, olen perheneuvoja ja luin viestisi. Kerro lisää, niin mietitään yhdessä, mistä saisitte apua.',
      sv: 'Hej, jag är familjerådgivare och har läst ditt meddelande. Berätta mer, så funderar vi tillsammans på var ni kan få hjälp.',
      en: 'Hello, I am a family advisor and I have read your message. Tell me more and we will work out together where you can get help.',
    },
  },
  {
    key: 'referral',
    title: { fi: 'Ohjaus palveluun', sv: 'Hänvisning till tjänst', en: 'Referral to a service' },
    body: {
      fi: 'Voin ohjata teidät palveluun suoraan, jos annatte siihen luvan. Silloin teidän ei tarvitse kertoa asiaanne uudelleen.',
      sv: 'Jag kan hänvisa er direkt till tjänsten om ni ger ert samtycke. Då behöver ni inte berätta allt på nytt.',
      en: 'I can refer you to the service directly if you give your consent. Then you will not need to tell your story again.',
    },
  },
  {
    key: 'closing',
    title: { fi: 'Lopetus', sv: 'Avslutning', en: 'Closing' },
    body: {
      fi: 'Kiitos yhteydenotosta. Voit palata tähän keskusteluun samasta linkistä milloin tahansa.',
      sv: 'Tack för att du tog kontakt. Du kan återvända till samtalet via samma länk när som helst.',
      en: 'Thank you for getting in touch. You can come back to this conversation through the same link at any time.',
    },
  },
];
