import type { I18nText } from '../../../platform/i18n-text.ts';
import {
  ACCESS_MODES,
  CONTACT_KINDS,
  COSTS,
  DELIVERY_MODES,
  ORGANIZATION_TYPES,
  PLACE_KINDS,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  SERVICE_SCOPES,
  STATUSES,
  TARGET_GROUPS,
} from '../catalog.domain.ts';
import type {
  CanonicalOrganization,
  CanonicalPlace,
  CanonicalService,
  ExceptionRow,
  Hours,
  Issues,
  WeeklyRow,
} from './network-import.canonical.ts';

/**
 * The database's rules for the service network (migrations/0001), checked on a record before it
 * is written: a statement that breaks one would abort the whole import's transaction, so every
 * CHECK, NOT NULL, foreign key and exclusion the tables hold is asked here first.
 */

export interface RulesContext {
  categories: ReadonlySet<string>;
  methods: ReadonlySet<string>;
  /** Municipality codes the network has or can take from the reference list (Åland excluded). */
  municipalities: ReadonlySet<string>;
  /** Region ids the network has or can take from the reference list. */
  regions: ReadonlySet<string>;
}

const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const HTTPS = /^https:\/\//;
const BUSINESS_ID = /^[0-9]{7}-[0-9]$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const POSTAL_CODE = /^[0-9]{5}$/;
const MUNICIPALITY_CODE = /^[0-9]{3}$/;

class Checker {
  readonly issues: Issues = [];
  fail(field: string, key: string, params?: Record<string, string | number>) {
    this.issues.push({ field, key, ...(params ? { params } : {}) });
  }
  text(field: string, value: I18nText | null, required: boolean, max = 20_000) {
    if (!value) {
      if (required) this.fail(field, 'required');
      return;
    }
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = value[lang];
      if (t === undefined) continue;
      if (typeof t !== 'string' || !t.trim()) this.fail(`${field}.${lang}`, 'required');
      else if (t.length > max) this.fail(`${field}.${lang}`, 'tooLong', { max });
    }
  }
  oneOf(field: string, value: string, allowed: readonly string[]) {
    if (!allowed.includes(value)) this.fail(field, 'notOneOf', { value: String(value), allowed: allowed.join(', ') });
  }
  list(field: string, values: readonly string[], allowed: readonly string[], nonEmpty: boolean) {
    if (nonEmpty && values.length === 0) this.fail(field, 'required');
    for (const v of values) this.oneOf(field, v, allowed);
  }
  pattern(field: string, value: string | null, pattern: RegExp, key = 'invalidFormat') {
    if (value !== null && !pattern.test(value)) this.fail(field, key, { value: value.slice(0, 80) });
  }
  length(field: string, value: string, min: number, max: number) {
    if (value.trim().length < min || value.length > max) this.fail(field, 'invalidLength', { min, max });
  }
  date(field: string, value: string | null, required = false) {
    if (value === null) {
      if (required) this.fail(field, 'required');
      return;
    }
    if (
      !DATE.test(value) ||
      Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
    )
      this.fail(field, 'invalidDate', { value: value.slice(0, 40) });
  }
  hours(field: string, hours: Hours) {
    hours.weekly.forEach((h, i) => this.weeklyRow(`${field}.weekly.${i}`, h));
    // The exclusion constraint: no two rows of one owner on one weekday overlap in time and dates.
    for (let i = 0; i < hours.weekly.length; i++)
      for (let j = i + 1; j < hours.weekly.length; j++) {
        const a = hours.weekly[i]!;
        const b = hours.weekly[j]!;
        if (a.weekday === b.weekday && a.opens < b.closes && b.opens < a.closes && datesOverlap(a, b))
          this.fail(`${field}.weekly`, 'overlappingHours', {
            weekday: a.weekday,
            first: `${a.opens}–${a.closes}`,
            second: `${b.opens}–${b.closes}`,
          });
      }
    const days = new Set<string>();
    hours.exceptions.forEach((e, i) => {
      this.exceptionRow(`${field}.exceptions.${i}`, e);
      if (days.has(e.day)) this.fail(`${field}.exceptions.${i}`, 'duplicateDay', { day: e.day });
      days.add(e.day);
    });
  }
  private weeklyRow(field: string, h: WeeklyRow) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) this.fail(`${field}.weekday`, 'invalid');
    this.pattern(`${field}.opens`, h.opens, TIME, 'invalidTime');
    this.pattern(`${field}.closes`, h.closes, TIME, 'invalidTime');
    if (TIME.test(h.opens) && TIME.test(h.closes) && h.opens >= h.closes)
      this.fail(field, 'opensAfterCloses', { opens: h.opens, closes: h.closes });
    this.date(`${field}.validFrom`, h.validFrom);
    this.date(`${field}.validTo`, h.validTo);
    if (h.validFrom && h.validTo && h.validFrom > h.validTo) this.fail(field, 'validFromAfterValidTo');
  }
  private exceptionRow(field: string, e: ExceptionRow) {
    this.date(`${field}.day`, e.day, true);
    if (!e.closed) {
      if (!e.opens || !e.closes) this.fail(field, 'required');
      else {
        this.pattern(`${field}.opens`, e.opens, TIME, 'invalidTime');
        this.pattern(`${field}.closes`, e.closes, TIME, 'invalidTime');
        if (e.opens >= e.closes) this.fail(field, 'opensAfterCloses', { opens: e.opens, closes: e.closes });
      }
    }
    this.text(`${field}.note`, e.note, false, 500);
  }
}

function datesOverlap(a: WeeklyRow, b: WeeklyRow): boolean {
  const aFrom = a.validFrom ?? '0000-01-01';
  const bFrom = b.validFrom ?? '0000-01-01';
  const aTo = a.validTo ?? '9999-12-31';
  const bTo = b.validTo ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}

const NATIONAL_TYPES = ['state', 'ngo', 'company', 'expertiseCentre'];

export function checkOrganization(o: CanonicalOrganization, ctx: RulesContext): Issues {
  const c = new Checker();
  c.oneOf('type', o.type, ORGANIZATION_TYPES);
  c.text('name', o.name, true, 300);
  c.text('description', o.description, false);
  c.pattern('website', o.website, HTTPS, 'notHttps');
  c.pattern('businessId', o.businessId, BUSINESS_ID);
  if (o.municipality !== null && !ctx.municipalities.has(o.municipality))
    c.fail('municipality', 'unknownMunicipality', { value: o.municipality });
  if (o.type === 'municipality' && o.municipality === null) c.fail('municipality', 'required');
  if (o.regionId !== null && !ctx.regions.has(o.regionId)) c.fail('regionId', 'unknownRegion', { value: o.regionId });
  if (o.regionId === null && !NATIONAL_TYPES.includes(o.type)) c.fail('regionId', 'regionRequired', { type: o.type });
  return c.issues;
}

export function checkPlace(p: CanonicalPlace, ctx: RulesContext): Issues {
  const c = new Checker();
  if (!MUNICIPALITY_CODE.test(p.municipality) || !ctx.municipalities.has(p.municipality))
    c.fail('municipality', 'unknownMunicipality', { value: p.municipality });
  c.oneOf('kind', p.kind, PLACE_KINDS);
  c.text('name', p.name, true, 300);
  c.text('description', p.description, false);
  c.length('streetAddress', p.streetAddress, 1, 200);
  c.pattern('postalCode', p.postalCode, POSTAL_CODE);
  c.text('postOffice', p.postOffice, true, 100);
  if ((p.latitude === null) !== (p.longitude === null)) c.fail('location', 'invalid');
  if (p.latitude !== null && !(p.latitude >= 59.5 && p.latitude <= 70.1)) c.fail('location', 'outsideFinland');
  if (p.longitude !== null && !(p.longitude >= 19 && p.longitude <= 31.6)) c.fail('location', 'outsideFinland');
  c.text('transportNote', p.transportNote, false);
  c.text('accessibilityNote', p.accessibilityNote, false);
  c.pattern('phone', p.phone, PHONE);
  c.pattern('email', p.email, EMAIL);
  c.pattern('website', p.website, HTTPS, 'notHttps');
  c.oneOf('status', p.status, STATUSES);
  c.text('statusNote', p.statusNote, false);
  c.date('lastChecked', p.lastChecked, true);
  c.hours('hours', p.hours);
  if (p.familyCentreArea.length && p.kind !== 'familyCentre') c.fail('familyCentreArea', 'onlyForFamilyCentres');
  for (const code of p.familyCentreArea)
    if (!ctx.municipalities.has(code)) c.fail('familyCentreArea', 'unknownMunicipality', { value: code });
  return c.issues;
}

export function checkService(s: CanonicalService, ctx: RulesContext): Issues {
  const c = new Checker();
  c.oneOf('scope', s.scope, SERVICE_SCOPES);
  if ((s.scope === 'national') !== (s.regionId === null))
    c.fail('regionId', s.scope === 'national' ? 'nationalWithRegion' : 'regionRequired', { type: s.scope });
  if (s.regionId !== null && !ctx.regions.has(s.regionId)) c.fail('regionId', 'unknownRegion', { value: s.regionId });
  for (const code of s.areas) if (!ctx.municipalities.has(code)) c.fail('areas', 'unknownMunicipality', { value: code });
  c.text('name', s.name, true, 300);
  c.text('summary', s.summary, true, 2000);
  c.text('description', s.description, false);
  c.text('keywords', s.keywords, false, 2000);
  c.oneOf('level', s.level, SERVICE_LEVELS);
  c.oneOf('sector', s.sector, SECTORS);
  c.list('targetGroups', s.targetGroups, TARGET_GROUPS, true);
  for (const [field, age] of [
    ['ageMin', s.ageMin],
    ['ageMax', s.ageMax],
  ] as const)
    if (age !== null && !(Number.isInteger(age) && age >= 0 && age <= 29)) c.fail(field, 'ageOutOfRange', { value: age });
  if (s.ageMin !== null && s.ageMax !== null && s.ageMin > s.ageMax) c.fail('ageMin', 'ageMinAboveMax');
  c.list('languages', s.languages, SERVICE_LANGUAGES, true);
  c.list('delivery', s.delivery, DELIVERY_MODES, true);
  c.list('access', s.access, ACCESS_MODES, true);
  c.oneOf('cost', s.cost, COSTS);
  c.text('costNote', s.costNote, false);
  c.oneOf('status', s.status, STATUSES);
  c.text('statusNote', s.statusNote, false);
  c.date('lastChecked', s.lastChecked, true);
  for (const code of s.categories) if (!ctx.categories.has(code)) c.fail('categories', 'unknownCategory', { value: code });
  for (const code of s.methods) if (!ctx.methods.has(code)) c.fail('methods', 'unknownMethod', { value: code });
  s.contacts.forEach((contact, i) => {
    const field = `contacts.${i}`;
    c.oneOf(`${field}.kind`, contact.kind, CONTACT_KINDS);
    c.length(`${field}.value`, contact.value, 3, 500);
    if (['web', 'chat', 'eService', 'booking'].includes(contact.kind)) c.pattern(`${field}.value`, contact.value, HTTPS, 'notHttps');
    if (contact.kind === 'phone') c.pattern(`${field}.value`, contact.value, PHONE);
    if (contact.kind === 'email') c.pattern(`${field}.value`, contact.value, EMAIL);
    c.text(`${field}.label`, contact.label, false, 300);
    c.text(`${field}.hoursNote`, contact.hoursNote, false, 500);
  });
  c.hours('hours', s.hours);
  const places = new Set<string>();
  s.at.forEach((at, i) => {
    const field = `at.${i}`;
    if (places.has(at.placeId)) c.fail(field, 'duplicatePlace');
    places.add(at.placeId);
    c.pattern(`${field}.phone`, at.phone, PHONE);
    c.pattern(`${field}.email`, at.email, EMAIL);
    c.text(`${field}.note`, at.note, false);
    c.hours(`${field}.hours`, at.hours);
  });
  return c.issues;
}
