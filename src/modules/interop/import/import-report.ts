import type { Lang } from '../../../platform/i18n-text.ts';
import { format, type Messages } from '../../../platform/i18n/messages.ts';
import { importReportTexts, type ImportIssue, type NetworkImportReport } from '../../catalog/index.ts';

/**
 * An import report in words, in fi/sv/en: the readers' own issue texts (what they changed or
 * dropped on the way in) with the catalog's (why a record was rejected). The CLIs print it; the
 * import page shows the same.
 */

const fi = {
  htmlRemoved: 'HTML-merkinnät poistettiin tekstistä',
  textShortened: 'teksti lyhennettiin {max} merkkiin',
  phoneDropped: 'puhelinnumero {value} jätettiin pois (muoto ei kelpaa)',
  emailDropped: 'sähköpostiosoite {value} jätettiin pois (muoto ei kelpaa)',
  httpUpgraded: 'http-linkki muutettiin https-muotoon',
  linkDropped: 'linkki {value} jätettiin pois',
  timeZoneIgnored: 'aikavyöhyke {value} ohitettiin; ajat luettiin Suomen aikana',
  scheduleNotWeekly: 'aukioloa {value} ei voi esittää viikoittaisena; jätettiin pois',
  scheduleSimplified: 'aukiolo {value} yksinkertaistettiin viikoittaiseksi',
  scheduleWithoutTimes: 'aukiolo ilman kellonaikoja ({value}) jätettiin pois',
  overlappingScheduleDropped: 'päällekkäinen aukiolo {value} (viikonpäivä {weekday}) jätettiin pois',
  organizationTypeGuessed: 'toimijan laji pääteltiin: {value}',
  missingId: 'tunniste puuttuu',
  locationWithoutFinnishAddress: 'paikalla {value} ei ole suomalaista käyntiosoitetta; se ei ole toimipaikka',
  defaultMunicipalityUsed: 'kunnaksi merkittiin oletuskunta {value}',
  municipalityNotFound: 'kuntaa ei tunnistettu ({value})',
  coordinatesDropped: 'koordinaatit eivät ole Suomessa; jätettiin pois',
  summaryFromName: 'kuvaus puuttuu; tiivistelmänä käytetään nimeä',
  languageDropped: 'tuntematon kieli {value} jätettiin pois',
  ageDropped: 'ikäraja {value} ei ole välillä 0–29; jätettiin pois',
  defaultsApplied: 'oletusarvot käytössä: {value}',
  severalCounties: 'palvelualue ulottuu usealle hyvinvointialueelle ({value}); ensimmäinen valittiin',
  areaUnknownNational: 'palvelualuetta ei tunnistettu; palvelu merkittiin valtakunnalliseksi',
  notAnObject: 'ei ole JSON-objekti',
  notHsds: 'ei ole HSDS-palvelu, -toimija eikä palvelu paikassa',
  notPtv: 'tiedostossa {value} on {count} tunnistamatonta kohdetta',
  invalidJson: 'syöte ei ole kelvollista JSONia ({detail}); mitään ei tuotu',
  tooDeep: 'tietue on liian syvälle sisäkkäinen',
  tooLarge: 'tietue on liian suuri',
  stringTooLong: 'tietueessa on liian pitkä teksti',
  channelMissing: 'asiointikanavaa {value} ei ole tuonnissa',
  noResponsibleOrganization: 'vastuuorganisaatio puuttuu',
  serviceClassUnmapped: 'palveluluokille {value} ei ole aihetta',
} as const;

const sv: Messages<typeof fi> = {
  htmlRemoved: 'HTML-märkning togs bort ur texten',
  textShortened: 'texten förkortades till {max} tecken',
  phoneDropped: 'telefonnumret {value} utelämnades (ogiltigt format)',
  emailDropped: 'e-postadressen {value} utelämnades (ogiltigt format)',
  httpUpgraded: 'http-länken ändrades till https',
  linkDropped: 'länken {value} utelämnades',
  timeZoneIgnored: 'tidszonen {value} ignorerades; tiderna lästes som finsk tid',
  scheduleNotWeekly: 'öppettiden {value} kan inte anges veckovis; utelämnades',
  scheduleSimplified: 'öppettiden {value} förenklades till veckovis',
  scheduleWithoutTimes: 'öppettid utan klockslag ({value}) utelämnades',
  overlappingScheduleDropped: 'överlappande öppettid {value} (veckodag {weekday}) utelämnades',
  organizationTypeGuessed: 'typen av aktör härleddes: {value}',
  missingId: 'id saknas',
  locationWithoutFinnishAddress: 'platsen {value} har ingen finländsk besöksadress; den är inget verksamhetsställe',
  defaultMunicipalityUsed: 'standardkommunen {value} angavs som kommun',
  municipalityNotFound: 'kommunen kändes inte igen ({value})',
  coordinatesDropped: 'koordinaterna ligger inte i Finland; utelämnades',
  summaryFromName: 'beskrivning saknas; namnet används som sammandrag',
  languageDropped: 'okänt språk {value} utelämnades',
  ageDropped: 'åldersgränsen {value} ligger inte mellan 0 och 29; utelämnades',
  defaultsApplied: 'standardvärden används: {value}',
  severalCounties: 'serviceområdet omfattar flera välfärdsområden ({value}); det första valdes',
  areaUnknownNational: 'serviceområdet kändes inte igen; tjänsten angavs som riksomfattande',
  notAnObject: 'är inget JSON-objekt',
  notHsds: 'är varken en HSDS-tjänst, -aktör eller tjänst på en plats',
  notPtv: 'filen {value} har {count} poster som inte kändes igen',
  invalidJson: 'indata är inte giltig JSON ({detail}); ingenting importerades',
  tooDeep: 'posten är för djupt kapslad',
  tooLarge: 'posten är för stor',
  stringTooLong: 'posten har en för lång text',
  channelMissing: 'servicekanalen {value} finns inte i importen',
  noResponsibleOrganization: 'ansvarig organisation saknas',
  serviceClassUnmapped: 'tjänsteklasserna {value} har inget ämne',
};

const en: Messages<typeof fi> = {
  htmlRemoved: 'HTML markup was removed from the text',
  textShortened: 'the text was shortened to {max} characters',
  phoneDropped: 'the phone number {value} was left out (invalid format)',
  emailDropped: 'the e-mail address {value} was left out (invalid format)',
  httpUpgraded: 'an http link was changed to https',
  linkDropped: 'the link {value} was left out',
  timeZoneIgnored: 'the time zone {value} was ignored; times were read as Finnish time',
  scheduleNotWeekly: 'the schedule {value} cannot be given weekly; left out',
  scheduleSimplified: 'the schedule {value} was simplified to a weekly one',
  scheduleWithoutTimes: 'a schedule without times ({value}) was left out',
  overlappingScheduleDropped: 'the overlapping schedule {value} (weekday {weekday}) was left out',
  organizationTypeGuessed: 'the kind of organisation was inferred: {value}',
  missingId: 'the id is missing',
  locationWithoutFinnishAddress: 'the location {value} has no Finnish street address; it is no place',
  defaultMunicipalityUsed: 'the default municipality {value} was taken',
  municipalityNotFound: 'the municipality was not recognised ({value})',
  coordinatesDropped: 'the coordinates are not in Finland; left out',
  summaryFromName: 'no description; the name serves as the summary',
  languageDropped: 'the unknown language {value} was left out',
  ageDropped: 'the age {value} is not between 0 and 29; left out',
  defaultsApplied: 'defaults were used: {value}',
  severalCounties: 'the area spans several wellbeing services counties ({value}); the first was taken',
  areaUnknownNational: 'the area was not recognised; the service was marked national',
  notAnObject: 'is no JSON object',
  notHsds: 'is no HSDS service, organisation or service at a location',
  notPtv: 'the file {value} has {count} items that were not recognised',
  invalidJson: 'the input is not valid JSON ({detail}); nothing was imported',
  tooDeep: 'the record is nested too deep',
  tooLarge: 'the record is too large',
  stringTooLong: 'the record has too long a text',
  channelMissing: 'the service channel {value} is not in the import',
  noResponsibleOrganization: 'the responsible organisation is missing',
  serviceClassUnmapped: 'the service classes {value} have no topic',
};

const readerTexts = { fi, sv, en };

/** One issue in words. */
export function describeIssue(issue: ImportIssue, lang: Lang): string {
  const texts: Record<string, string> = { ...importReportTexts[lang], ...readerTexts[lang] };
  const text = format(texts[issue.key] ?? issue.key, issue.params ?? {});
  return issue.field ? `${issue.field}: ${text}` : text;
}

const OUTCOME_WORDS: Record<Lang, Record<string, string>> = {
  fi: { created: 'uusi', updated: 'päivitetty', unchanged: 'ennallaan', conflict: 'ristiriita', rejected: 'hylätty' },
  sv: { created: 'ny', updated: 'uppdaterad', unchanged: 'oförändrad', conflict: 'konflikt', rejected: 'avvisad' },
  en: { created: 'created', updated: 'updated', unchanged: 'unchanged', conflict: 'conflict', rejected: 'rejected' },
};

/** The report as lines of text: the counts, the problems, then every record that is not unchanged. */
export function reportLines(report: NetworkImportReport, lang: Lang, options: { all?: boolean } = {}): string[] {
  const words = OUTCOME_WORDS[lang];
  const lines = [
    `${report.source} (${report.format}, ${report.mode})${report.dryRun ? ' — dry run' : ''}: ${report.applied ? 'applied' : 'NOT applied'}`,
    ...Object.entries(report.counts).map(
      ([kind, c]) =>
        `  ${kind}: ${Object.entries(c)
          .map(([o, n]) => `${words[o] ?? o} ${n}`)
          .join(', ')}`,
    ),
  ];
  if (report.added.regions.length || report.added.municipalities.length)
    lines.push(`  + regions ${report.added.regions.join(', ') || '-'}; municipalities ${report.added.municipalities.join(', ') || '-'}`);
  for (const p of report.problems) lines.push(`  ! ${describeIssue(p, lang)}`);
  for (const r of report.records) {
    if (r.outcome === 'unchanged' && !options.all) continue;
    lines.push(
      `  ${words[r.outcome] ?? r.outcome} ${r.kind} ${r.sourceId}${r.label ? ` "${r.label}"` : ''}${r.localId ? ` → ${r.localId}` : ''}`,
    );
    for (const reason of r.reasons ?? []) lines.push(`      ✗ ${describeIssue(reason, lang)}`);
    for (const c of r.conflicts ?? [])
      lines.push(`      ≠ ${c.field}: ${JSON.stringify(c.local)} (here) / ${JSON.stringify(c.incoming)} (incoming)`);
    if (r.changed?.length) lines.push(`      ~ ${r.changed.join(', ')}`);
    for (const w of r.warnings ?? []) lines.push(`      · ${describeIssue(w, lang)}`);
  }
  return lines;
}
