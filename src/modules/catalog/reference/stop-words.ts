/**
 * Words that carry no situation of their own ("olen", "jag", "my"): they never decide whether a
 * service matches. Negations are here too; where one carries meaning ("ei nuku", "sover inte") a
 * concept names the whole phrase (concepts.ts), which is read before these are dropped.
 */
export const STOP_WORDS: Record<'fi' | 'sv' | 'en', readonly string[]> = {
  fi: [
    'ei', 'en', 'et', 'emme', 'ette', 'eivät', 'olen', 'olet', 'on', 'olemme', 'olette', 'ovat', 'oli', 'ollut', 'olisi',
    'minä', 'mä', 'sinä', 'hän', 'me', 'te', 'he', 'minun', 'minua', 'minulla', 'minulle', 'meidän', 'meillä', 'meitä', 'meille',
    'sinun', 'hänen', 'heidän', 'se', 'sen', 'ne', 'niiden', 'tämä', 'tämän', 'tuo', 'joka', 'mikä', 'mitä', 'miten', 'missä',
    'mistä', 'mihin', 'kuka', 'kun', 'jos', 'että', 'ja', 'tai', 'mutta', 'myös', 'vain', 'jo', 'vielä', 'enää', 'aina',
    'koko', 'ajan', 'paljon', 'liian', 'hyvin', 'nyt', 'kanssa', 'varten', 'kautta', 'ilman', 'apua', 'apu', 'tarvitsen',
    'tarvitsemme', 'haluan', 'haluamme', 'haluaisin', 'haluaisimme', 'voi', 'voiko', 'voisi', 'saa', 'saako', 'pitää',
    'mulla', 'mun', 'meil', 'ihan', 'todella', 'kovasti', 'yöllä', 'öisin', 'päivällä',
  ],
  sv: [
    'jag', 'du', 'han', 'hon', 'vi', 'ni', 'de', 'mig', 'mitt', 'min', 'mina', 'vår', 'vårt', 'våra', 'oss', 'är', 'var',
    'har', 'hade', 'ska', 'skall', 'kan', 'vill', 'måste', 'inte', 'och', 'eller', 'men', 'i', 'på', 'av', 'för', 'till',
    'med', 'om', 'hos', 'från', 'en', 'ett', 'den', 'det', 'som', 'att', 'så', 'nu', 'hjälp', 'behöver', 'mycket',
    'alltid', 'hela', 'tiden', 'på', 'natten',
  ],
  en: [
    'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'they', 'his', 'her', 'their', 'am', 'is', 'are',
    'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'not', 'no', 'don', 't', 's', 'a',
    'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'about', 'all', 'time',
    'getting', 'get', 'got', 'need', 'want', 'help', 'can', 'how', 'what', 'where', 'who', 'very', 'much', 'so', 'too',
    'night', 'always',
  ],
};
