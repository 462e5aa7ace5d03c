import type { OrganizationRole } from '../../platform/actor.ts';
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
    invitation: {
      subject: 'Perhekeskus: kutsu työtilaan ({organization})',
      body: 'Hei {name},\n\n{inviter} kutsui sinut Perhekeskuksen henkilöstön työtilaan organisaatioon {organization} rooliin {role}. Ota kutsu vastaan tästä linkistä {hours} tunnin kuluessa:\n\n{link}\n\nLinkki toimii kerran. Jos et tunnista asiaa, voit jättää viestin huomiotta.\n\nPerhekeskus',
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
    invitation: {
      subject: 'Perhekeskus: inbjudan till arbetsytan ({organization})',
      body: 'Hej {name},\n\n{inviter} har bjudit in dig till personalens arbetsyta i Perhekeskus, till organisationen {organization} med rollen {role}. Ta emot inbjudan via den här länken inom {hours} timmar:\n\n{link}\n\nLänken fungerar en gång. Om du inte känner igen detta kan du bortse från meddelandet.\n\nPerhekeskus',
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
    invitation: {
      subject: 'Perhekeskus: invitation to the workspace ({organization})',
      body: 'Hello {name},\n\n{inviter} has invited you to the Perhekeskus staff workspace, to the organisation {organization} as {role}. Accept the invitation with this link within {hours} hours:\n\n{link}\n\nThe link works once. If this means nothing to you, you can ignore this message.\n\nPerhekeskus',
    },
  },
} satisfies Record<Lang, Record<MailKind, { subject: string; body: string }>>;

type MailKind = 'passwordReset' | 'emailVerification' | 'invitation';

export function mailText(lang: Lang, kind: MailKind, params: Record<string, string | number>) {
  const t = texts[lang][kind];
  return { subject: format(t.subject, params), text: format(t.body, params) };
}

/** Role names as the invitation mail says them. */
export const roleNames: Record<Lang, Record<OrganizationRole, string>> = {
  fi: {
    organizationAdmin: 'organisaation pääkäyttäjä',
    editor: 'sisällön muokkaaja',
    familyAdvisor: 'perheohjaaja',
    professional: 'ammattilainen',
  },
  sv: {
    organizationAdmin: 'organisationens huvudanvändare',
    editor: 'innehållsredaktör',
    familyAdvisor: 'familjehandledare',
    professional: 'yrkesperson',
  },
  en: { organizationAdmin: 'organisation admin', editor: 'editor', familyAdvisor: 'family advisor', professional: 'professional' },
};
