/**
 * The words that say what trade or body an organisation is (since 1.127.0): research, engineering,
 * petrochemical, steel, insurance, ministry, plant, drug trafficking, Spanish constructora and
 * inversiones, Russian zavod and tsentr as the lists romanise them. Weighed by their frequency on a
 * list, as names, such words carried matches between bodies that share a trade and nothing else: on
 * the OFAC SDN file of 2024-05-03, HASSAN DRUG TRAFFICKING ORGANIZATION met ZHENG DRUG TRAFFICKING
 * ORGANIZATION at 0.70 (drug 5.5 and trafficking 6.3 against each name's own word), MINISTRY OF
 * STATE SECURITY the Ministry of People's Security, KAIRABA SUPERMARKET D'S SUPERMARKET COMPANY.
 *
 * In an organisation's name that holds a word of its own beside them, a sector word is read as a
 * place's word is (place-words.ts): paired, it weighs at most WEIGHT.sectorWord unless another
 * pairing holds a word of either name's own (score.ts pairUp), so two firms of one trade agree on
 * little and two of one name and trade keep the match; left unpaired, it weighs as a name, so a
 * pharmaceuticals firm and an industrial group of one name stay two firms. In a name of such words
 * alone (MINISTRY OF DEFENCE, HONG KONG ELECTRONICS) they are the name and are left as they are, and
 * in a person's name they are never read (Power, Plant and Real are family names too; the words are
 * kept out of common-names.ts ORG_WORDS, which every name reads).
 *
 * Chosen from the words of the OFAC file's organisation names that no table classed, by the number
 * of names holding them (8,437 names), keeping those that name a trade, a product, a kind of body
 * or a body's part, and leaving out those firms take as names of their own (capital, star, golden,
 * atlas, ocean, sun), the branch that 1.116.0 reads as a note, and the carrier's words (line,
 * airlines, marine, maritime, aviation: tried in session 36 and not kept, docs/matching.md).
 */

/** The words, lower case, as a Latin name writes them or a Cyrillic one romanises to. */
const SECTOR_WORDS = new Set([
  // Research, science and technology.
  'research', 'scientific', 'science', 'sciences', 'technology', 'technologies', 'technological', 'technical', 'engineering',
  'laboratory', 'academy', 'university', 'education', 'design', 'innovation', 'information', 'digital', 'systems', 'solutions',
  // Production and its products.
  'production', 'manufacturing', 'factory', 'plant', 'refinery', 'shipyard', 'shipbuilding', 'machinery', 'mechanical',
  'equipment', 'materials', 'products', 'chemical', 'chemicals', 'petrochemical', 'metallurgical', 'steel', 'cement', 'mining',
  'electronics', 'electronic', 'energy', 'electricity', 'oil', 'gas', 'petroleum', 'construction', 'repair', 'transportation',
  // Money, property and trade.
  'insurance', 'finance', 'financial', 'credit', 'leasing', 'brokerage', 'consulting', 'management', 'properties', 'estate',
  'tourism', 'hotel', 'media', 'communications', 'communication', 'pharmaceutical', 'pharmaceuticals', 'supermarket',
  // Bodies of a state, and a body's parts.
  'ministry', 'department', 'directorate', 'administration', 'security', 'defense', 'defence', 'military', 'intelligence',
  'complex', 'concern', 'division', 'project', 'projects', 'bureau', 'command',
  // The trades of crime that a list names groups by (OFAC's drug trafficking organisations).
  'drug', 'drugs', 'trafficking', 'laundering', 'cartel',
  // Spanish and Portuguese (the firms of OFAC's Latin American programmes).
  'comercializadora', 'inversiones', 'servicios', 'inmobiliaria', 'distribuidora', 'constructora', 'operadora', 'empresa',
  'agricola', 'corporativo', 'transportes', 'farmacia', 'construcciones',
  // Russian as the lists romanise it (and its Cyrillic, which romanises to the same): plant, centre,
  // bureau, technologies, enterprise, engineering, systems, research-and-production, design.
  'zavod', 'tsentr', 'byuro', 'tekhnologii', 'predpriyatie', 'inzhiniring', 'sistemy', 'nauchno', 'proizvodstvennoe',
  'konstruktorskoe', 'kompaniya',
  // Insurance and leasing (since 1.140.0), as the Russian insurers and lessors of OFAC's non-SDN
  // file write them: STRAKHOVAYA KOMPANIYA SBERBANK STRAKHOVANIE met VTB's insurer at 0.65 on these.
  'strakhovaya', 'strakhovoe', 'strakhovoye', 'strakhovoy', 'strakhovoi', 'strakhovanie', 'strakhovaniye', 'lizing', 'lizingovaya',
  // Pension funds, as OFAC's non-SDN file romanises them (NEGOSUDARSTVENNY PENSIONNY FOND SBERBANKA
  // met NPF TRANSNEFT's long name at 0.70 on these three words), and the grain elevator (since 1.141.0).
  'pension', 'pensionny', 'pensionnyy', 'pensionnyi', 'negosudarstvenny', 'negosudarstvennyy', 'negosudarstvennyi', 'fond',
  'elevator',
  // Turkish: energy, logistics, construction, technology.
  'enerji', 'lojistik', 'insaat', 'teknoloji',
  // Persian bimeh (insurance), as Iran's insurers write it in Latin (BIMEH IRAN INSURANCE COMPANY).
  'bimeh',
]);

/** Whether a token (its text, or its romanisation `latin`) is a sector word. */
export function isSectorWord(text: string, latin: string): boolean {
  return SECTOR_WORDS.has(text) || (latin !== text && SECTOR_WORDS.has(latin));
}
