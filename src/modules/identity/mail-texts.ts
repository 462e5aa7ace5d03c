import type { Lang } from '../../platform/i18n-text.ts';
import { format } from '../../platform/i18n/messages.ts';

/** The mails identity sends, in the language of the page the request came from. Plain text only. */
const texts = {
  fi: {
    passwordReset: {
      subject: 'Perhekeskus: salasanan vaihto',
      body: 'Hei {name},\n\nPyysit salasanan vaihtoa Perhekeskuksen henkilöstön työtilaan. Vaihda salasana tästä linkistä {minutes} minuutin kuluessa:\n\n{link}\n\nLinkki toimii kerran. Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta; salasanasi ei muutu.\n\nPerhekeskus',
    },
    emailVerification: {
      subject: 'Perhekeskus: vahvista sähköpostiosoitteesi',
      body: 'Hei {name},\n\nVahvista sähköpostiosoitteesi Perhekeskuksen henkilöstön työtilaan tästä linkistä {hours} tunnin kuluessa:\n\n{link}\n\nLinkki toimii kerran. Jos et tunnista asiaa, voit jättää viestin huomiotta.\n\nPerhekeskus',
    },
  },
  sv: {
    passwordReset: {
      subject: 'Perhekeskus: byte av lösenord',
      body: 'Hej {name},\n\nDu har bett att få byta lösenord till personalens arbetsyta i Perhekeskus. Byt lösenordet via den här länken inom {minutes} minuter:\n\n{link}\n\nLänken fungerar en gång. Om du inte bad om bytet kan du bortse från meddelandet; ditt lösenord ändras inte.\n\nPerhekeskus',
    },
    emailVerification: {
      subject: 'Perhekeskus: bekräfta din e-postadress',
      body: 'Hej {name},\n\nBekräfta din e-postadress för personalens arbetsyta i Perhekeskus via den här länken inom {hours} timmar:\n\n{link}\n\nLänken fungerar en gång. Om du inte känner igen detta kan du bortse från meddelandet.\n\nPerhekeskus',
    },
  },
  en: {
    passwordReset: {
      subject: 'Perhekeskus: reset your password',
      body: 'Hello {name},\n\nYou asked to reset your password for the Perhekeskus staff workspace. Choose a new password with this link within {minutes} minutes:\n\n{link}\n\nThe link works once. If you did not ask for this, you can ignore this message; your password stays as it is.\n\nPerhekeskus',
    },
    emailVerification: {
      subject: 'Perhekeskus: confirm your e-mail address',
      body: 'Hello {name},\n\nConfirm your e-mail address for the Perhekeskus staff workspace with this link within {hours} hours:\n\n{link}\n\nThe link works once. If this means nothing to you, you can ignore this message.\n\nPerhekeskus',
    },
  },
} satisfies Record<Lang, Record<'passwordReset' | 'emailVerification', { subject: string; body: string }>>;

export function mailText(lang: Lang, kind: 'passwordReset' | 'emailVerification', params: Record<string, string | number>) {
  const t = texts[lang][kind];
  return { subject: t.subject, text: format(t.body, params) };
}
