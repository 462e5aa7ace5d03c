import type { Messages } from '../../../../platform/i18n/messages.ts';
import type { fi } from './fi.ts';

export const sv: Messages<typeof fi> = {
  openData: {
    title: 'Öppna data',
    lead: 'Alla tjänster, verksamhetsställen och öppettider i servicebrickan är öppna data. Du får använda dem fritt, om du anger källan.',
    licenceHeading: 'Licens',
    licence: 'Uppgifterna publiceras med licensen {licence}. Ange ”Perhekeskus” och tjänstens adress som källa.',
    licenceName: 'Creative Commons Erkännande 4.0 (CC BY 4.0)',
    updatesHeading: 'Uppdatering',
    updates:
      'Gränssnitten läser uppgifterna direkt ur tjänstens databas: en ändring syns så snart den har sparats. Uppgifter som importerats från Suomi.fi-servicedatalagret (PTV) uppdateras varje gång importen körs; schemalagd körs den för det som ändrats varje natt och helt en gång i veckan.',
    updatesSync:
      'Ett system som synkroniserar kan hämta bara de ändrade tjänsterna med parametern modified_after, eller bara id och ändringstid med minimal=true.',
    interfacesHeading: 'Två gränssnitt',
    hsdsName: 'Open Referral HSDS 3.0',
    hsds: 'Den internationella standarden för tjänsteuppgifter, för andra kataloger, rådgivningstjänster och forskare. Rot: {root}, beskrivning: {openapi}.',
    jsonName: 'Perhekeskus JSON-gränssnitt',
    json: 'Servicebrickans eget gränssnitt, som den här webbplatsen bygger på: sökning, tjänster, verksamhetsställen och klassificeringar på tre språk. {docs}.',
    jsonDocs: 'Beskrivning av gränssnittet',
    endpointsHeading: 'HSDS-gränssnittets adresser',
    endpointPath: 'Adress',
    endpointWhat: 'Vad den ger',
    endpointExample: 'Exempel',
    endpoints: {
      root: 'Versionen och adresserna till den här profilen och OpenAPI-beskrivningen',
      services: 'En sida tjänster (HSDS Page); full=true ger hela tjänsterna',
      service: 'En tjänst med alla uppgifter: aktörer, verksamhetsställen, öppettider, områden och klassificeringar',
      organizations: 'En sida aktörer; en enskild aktör med sina verksamhetsställen och tjänster',
      serviceAtLocations: 'En tjänst på ett verksamhetsställe; postcode och proximity avgränsar efter avstånd',
      taxonomies: 'De publicerade klassificeringarna',
      taxonomyTerms: 'Klassificeringarnas termer; taxonomy_id, parent_id och top_only avgränsar',
      openapi: 'OpenAPI 3.1-beskrivningen av alla adresser och parametrar',
    },
    parametersHeading: 'Parametrar',
    parameters: {
      search: 'search – fritextsökning i namn, beskrivningar och sökord',
      paging: 'page och per_page – sidan (1, 2, …) och sidans storlek, 1–200 (standard 50)',
      full: 'full=true – nästlade uppgifter även i listan',
      ndjson: 'format=ndjson – alla träffar utan sidindelning, ett JSON-objekt per rad; lämpar sig för att ladda ner hela materialet',
      filters:
        'taxonomy_term_id, taxonomy_id, organization_id, modified_after – avgränsning efter term, klassificering, aktör eller ändringstid',
      uk: 'minimum_age, maximum_age, day, start_time, end_time – Open Referral UK:s avgränsningar efter ålder och öppettider (finsk tid)',
      errors:
        'Ett felaktigt värde eller ett värde utanför gränserna ger status 400 och en förklaring i RFC 9457-format (application/problem+json).',
    },
    downloadHeading: 'Hela materialet',
    download: 'Hela materialet med en begäran, på finska: {link}. Samma på svenska och engelska med parametern lang.',
    languagesHeading: 'Språk',
    languages: [
      'I HSDS är en text på ett språk. Ett svar är därför på ett språk: lang=fi, lang=sv eller lang=en; utan den webbläsarens Accept-Language, annars finska. Svarets språk står i rubriken Content-Language.',
      'Id:na är desamma på alla språk, så svar på tre språk kan slås ihop efter id.',
      'Om en text inte har översatts är fältet på finska. Klassificeringarnas termer har fältet language.',
      'Tjänstens språk (languages) är ISO 639-koder, även teckenspråken (fse, fss).',
    ],
    mappingHeading: 'Hur uppgifterna framställs',
    mapping: [
      'Verksamhetsställena är fysiska platser (location_type physical) med adress och koordinater (WGS84); chatt, e-tjänst och tidsbokning är virtuella platser.',
      'Öppettiderna är veckoscheman (freq WEEKLY) i finsk tid. Fältet timezone är dagarnas UTC-förskjutning: 2 på vintern och 3 på sommaren, så ett schema delas där klockan ställs om. Gällande tider publiceras ett år framåt.',
      'Undantagsdagar är scheman för en dag med en term ur klassificeringen schedule-kinds: stängt eller ändrade tider som ersätter de veckovisa. Helgdagar, midsommarafton och julafton är stängda om inget annat meddelas; det sägs i schemats beskrivning.',
      'Ämnen, metoder, tjänstens nivå, sektor, målgrupper, sätt att uträtta ärenden och andra förteckningar är termer i klassificeringar (attributes), som finns under /hsds/taxonomies och /hsds/taxonomy_terms.',
      'Områdena är termer i klassificeringen areas: hela Finland, välfärdsområdena och kommunerna med Statistikcentralens kommunnummer. Tjänstens områden (service_areas) hänvisar till dem.',
      'Tomma HSDS-fält skickas inte alls (inga null-värden), och varje svar följer Open Referrals officiella scheman.',
    ],
    limitsHeading: 'Användning',
    limits:
      'Gränssnitten är öppna: de kräver ingen nyckel och kan anropas från vilken webbplats som helst (CORS). Antalet begäranden per klient är begränsat; för täta begäranden får status 429 och rubriken Retry-After.',
  },
  record: {
    link: 'Tjänstens uppgifter som öppna data (HSDS)',
  },
};
