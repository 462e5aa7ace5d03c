import type { I18nText } from '../../../platform/i18n-text.ts';
import type { AccessibilityFact } from '../catalog.domain.ts';
import type {
  ContactSeed,
  HoursExceptionSeed,
  LocalTime,
  ServiceSeed,
  WeeklyHoursSeed,
} from '../network/network-dataset.ts';

/**
 * Small helpers shared by the Etelä-Savo demo files. All contact data in the demo is invented:
 * phone numbers carry a `000` block, e-mail and web addresses use `.example` domains.
 */

export const REGION_ID = 'etela-savo';

/** A translatable text; Swedish and English are left out when not given. */
export function t(fi: string, sv?: string, en?: string): I18nText {
  const text: I18nText = { fi };
  if (sv) text.sv = sv;
  if (en) text.en = en;
  return text;
}

// ---- Opening hours -------------------------------------------------------------------------

export const MON_FRI = [1, 2, 3, 4, 5];
export const MON_THU = [1, 2, 3, 4];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export function hours(days: number[], opens: LocalTime, closes: LocalTime, validFrom?: string, validTo?: string): WeeklyHoursSeed {
  const row: WeeklyHoursSeed = { days, opens, closes };
  if (validFrom) row.validFrom = validFrom;
  if (validTo) row.validTo = validTo;
  return row;
}

/** Office hours: Monday–Thursday to `closes`, Friday an hour shorter. */
export function officeHours(opens: LocalTime = '08:00', closes: LocalTime = '16:00', friday: LocalTime = '15:00'): WeeklyHoursSeed[] {
  return [hours(MON_THU, opens, closes), hours([5], opens, friday)];
}

/** Around the clock, every day. */
export const ALWAYS: WeeklyHoursSeed[] = [hours(EVERY_DAY, '00:00', '23:59')];

/** Summer periods in which seasonal places keep shorter hours. */
const SUMMERS: [string, string][] = [
  ['2026-06-01', '2026-08-09'],
  ['2027-05-31', '2027-08-08'],
];

/**
 * Weekly hours that switch to `summer` in June–early August 2026 and 2027. The periods do not
 * overlap, so the same weekday may have different times in each.
 */
export function seasonal(normal: WeeklyHoursSeed[], summer: WeeklyHoursSeed[]): WeeklyHoursSeed[] {
  const rows: WeeklyHoursSeed[] = [];
  let from: string | undefined;
  for (const [start, end] of SUMMERS) {
    rows.push(...normal.map((h) => hours(h.days, h.opens, h.closes, from, dayBefore(start))));
    rows.push(...summer.map((h) => hours(h.days, h.opens, h.closes, start, end)));
    from = dayAfter(end);
  }
  rows.push(...normal.map((h) => hours(h.days, h.opens, h.closes, from)));
  return rows;
}

const shiftDay = (day: string, by: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
};
const dayBefore = (day: string) => shiftDay(day, -1);
const dayAfter = (day: string) => shiftDay(day, 1);

/** Each weekday (Mon–Fri by default) from `from` to `to`, inclusive, as a closed day. */
export function closedDays(from: string, to: string, note: I18nText, weekdays: number[] = MON_FRI): HoursExceptionSeed[] {
  const days: HoursExceptionSeed[] = [];
  for (let day = from; day <= to; day = dayAfter(day)) {
    const iso = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (weekdays.includes(iso)) days.push({ day, closed: true, note });
  }
  return days;
}

export const CHRISTMAS_EVE_2026: HoursExceptionSeed = {
  day: '2026-12-24',
  closed: true,
  note: t('Jouluaattona suljettu.', 'Stängt på julafton.', 'Closed on Christmas Eve.'),
};
export const NEW_YEARS_EVE_2026: HoursExceptionSeed = {
  day: '2026-12-31',
  closed: false,
  opens: '08:00',
  closes: '14:00',
  note: t('Uudenvuodenaattona auki klo 14 asti.', 'Öppet till kl. 14 på nyårsafton.', "Open until 2 pm on New Year's Eve."),
};
export const EPIPHANY_EVE_2027: HoursExceptionSeed = {
  day: '2027-01-05',
  closed: false,
  opens: '08:00',
  closes: '14:00',
  note: t('Loppiaisaattona auki klo 14 asti.', 'Öppet till kl. 14 dagen före trettondagen.', 'Open until 2 pm on the eve of Epiphany.'),
};
export const MAUNDY_THURSDAY_2027: HoursExceptionSeed = {
  day: '2027-03-25',
  closed: false,
  opens: '08:00',
  closes: '14:00',
  note: t('Kiirastorstaina auki klo 14 asti.', 'Öppet till kl. 14 på skärtorsdagen.', 'Open until 2 pm on Maundy Thursday.'),
};
export const MIDSUMMER_EVE_2027: HoursExceptionSeed = {
  day: '2027-06-25',
  closed: true,
  note: t('Juhannusaattona suljettu.', 'Stängt på midsommarafton.', 'Closed on Midsummer Eve.'),
};

/** The usual holiday-season exceptions of an office that is open on weekdays. */
export const HOLIDAY_EXCEPTIONS: HoursExceptionSeed[] = [
  CHRISTMAS_EVE_2026,
  NEW_YEARS_EVE_2026,
  EPIPHANY_EVE_2027,
  MAUNDY_THURSDAY_2027,
  MIDSUMMER_EVE_2027,
];

export const SUMMER_BREAK = t('Kesätauko', 'Sommaruppehåll', 'Summer break');

/** Weekdays of a summer closure in July 2027, e.g. summerClosure2027('2027-07-05', '2027-07-30'). */
export function summerClosure2027(from: string, to: string): HoursExceptionSeed[] {
  return closedDays(from, to, SUMMER_BREAK);
}

// ---- Accessibility -------------------------------------------------------------------------

type Accessibility = Partial<Record<AccessibilityFact, boolean>>;

/** Typical, checked accessibility profiles of the premises in the demo. */
export const ACCESS = {
  /** A new or renovated public building. */
  modern: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, babyCareRoom: true, parking: true },
  /** Hospital or health station: everything but the baby care room checked. */
  health: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, parking: true },
  /** Older building with a ramp but narrow doors. */
  older: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: false, babyCareRoom: true, parking: true },
  /** Old wooden house or village hall with steps at the door. */
  steps: { stepFreeAccess: false, pramAccess: false, wheelchairToilet: false, parking: true },
  /** Upstairs in a town-centre building with a lift, no own parking. */
  upstairs: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, babyCareRoom: true, parking: false },
  /** School building: step-free, accessible toilet, hearing loop in the hall. */
  school: { stepFreeAccess: true, wheelchairToilet: true, hearingLoop: true, parking: true },
  /** Library: step-free, induction loop, pram parking. */
  library: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, hearingLoop: true, babyCareRoom: false },
  /** Parish hall. */
  parish: { stepFreeAccess: true, pramAccess: true, wheelchairToilet: true, babyCareRoom: true, parking: true, hearingLoop: true },
  /** Day care centre. */
  daycare: { stepFreeAccess: true, pramAccess: true, babyCareRoom: true, parking: true },
  /** Only partly checked. */
  partial: { stepFreeAccess: true, parking: true },
} satisfies Record<string, Accessibility>;

export const NOTE_STEPS = t(
  'Ulko-ovella on kolme porrasta, luiskaa ei ole. Henkilökunta auttaa tarvittaessa.',
  'Vid ytterdörren finns tre trappsteg och ingen ramp. Personalen hjälper vid behov.',
  'There are three steps at the front door and no ramp. Staff will help if needed.',
);
export const NOTE_OLDER = t(
  'Sisäänkäynnillä on luiska. Esteetöntä wc:tä ei ole, lähin on viereisessä rakennuksessa.',
  'Vid ingången finns en ramp. Det finns ingen tillgänglig toalett, den närmaste finns i grannbyggnaden.',
  'There is a ramp at the entrance. There is no accessible toilet; the nearest one is in the building next door.',
);
export const NOTE_UPSTAIRS = t(
  'Toisessa kerroksessa, hissi. Lastenvaunut voi jättää aulaan. Pysäköinti kadunvarressa.',
  'På andra våningen, hiss. Barnvagnar kan lämnas i entrén. Parkering längs gatan.',
  'On the first floor, lift available. Prams can be left in the lobby. Street parking.',
);

// ---- Contacts ------------------------------------------------------------------------------

export function phone(value: string, label?: I18nText, hoursNote?: I18nText): ContactSeed {
  const c: ContactSeed = { kind: 'phone', value };
  if (label) c.label = label;
  if (hoursNote) c.hoursNote = hoursNote;
  return c;
}
export function email(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'email', value, label } : { kind: 'email', value };
}
export function web(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'web', value, label } : { kind: 'web', value };
}
export function chat(value: string, hoursNote?: I18nText): ContactSeed {
  return hoursNote ? { kind: 'chat', value, hoursNote } : { kind: 'chat', value };
}
export function booking(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'booking', value, label } : { kind: 'booking', value };
}
export function eService(value: string, label?: I18nText): ContactSeed {
  return label ? { kind: 'eService', value, label } : { kind: 'eService', value };
}

export const ESAVO_WEB = 'https://esavo.example';
export const PHONE_HOURS_MORNING = t('ma–pe klo 8–10', 'mån–fre kl. 8–10', 'Mon–Fri 8–10 am');
export const PHONE_HOURS_OFFICE = t('ma–pe klo 9–15', 'mån–fre kl. 9–15', 'Mon–Fri 9 am–3 pm');
export const PHONE_HOURS_NOON = t('ma–pe klo 12–13', 'mån–fre kl. 12–13', 'Mon–Fri 12–1 pm');
export const ALWAYS_NOTE = t('avoinna ympäri vuorokauden', 'öppet dygnet runt', 'open 24/7');

/** The county's e-services: booking, secure messages and chat. */
export const ESAVO_BOOKING = booking(`${ESAVO_WEB}/ajanvaraus`, t('Varaa aika verkossa', 'Boka tid på nätet', 'Book online'));
export const ESAVO_MESSAGE = eService(`${ESAVO_WEB}/asiointi`, t('Lähetä suojattu viesti', 'Skicka ett skyddat meddelande', 'Send a secure message'));

// ---- Services ------------------------------------------------------------------------------

/** The dates the demo's entries were last checked: all in autumn 2026. */
const CHECKED = ['2026-08-17', '2026-09-02', '2026-09-21', '2026-10-06', '2026-10-19', '2026-11-03', '2026-11-12'];
export function checkedOn(n: number): string {
  return CHECKED[Math.abs(n) % CHECKED.length] ?? '2026-10-06';
}

type ServiceBody = Omit<ServiceSeed, 'regionId' | 'scope' | 'areas' | 'lastChecked'> & { lastChecked?: string };

/** A service for the whole region. */
export function regional(s: ServiceBody): ServiceSeed {
  return { ...s, regionId: REGION_ID, scope: 'region', lastChecked: s.lastChecked ?? checkedOn(s.key.length) };
}

/** A service for some municipalities of the region. */
export function local(areas: string[], s: ServiceBody): ServiceSeed {
  return { ...s, regionId: REGION_ID, scope: 'municipalities', areas, lastChecked: s.lastChecked ?? checkedOn(s.key.length) };
}

/** A service for the whole country (no region). */
export function nationwide(s: ServiceBody): ServiceSeed {
  return { ...s, regionId: null, scope: 'national', lastChecked: s.lastChecked ?? checkedOn(s.key.length) };
}
