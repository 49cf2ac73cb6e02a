/**
 * Every number the matcher uses, in one table, each with the reason it has the value it has.
 * docs/matching.md reproduces this table. Changing a value changes scores: bump ALGORITHM_VERSION
 * (engine.ts) when you do, so stored results say which weights produced them.
 *
 * Nothing here is read from the environment; a caller changes the threshold per call instead.
 */

// ------------------------------------------------------------------------------------------------
// Edit costs of the transliteration-aware distance (distance.ts), in "one ordinary edit" units.
// ------------------------------------------------------------------------------------------------
export const COST = {
  /** Substituting, inserting or deleting an unrelated consonant. The unit. */
  consonant: 1,
  /** Vowel for vowel (Mohammed/Muhammad, Usama/Osama): vowels are what romanisations disagree on most. */
  vowelSubstitution: 0.3,
  /** A vowel present on one side only, both sides Latin (Zawahry/Zawahiri, Bakr/Bakar). */
  vowelIndel: 0.45,
  /**
   * A vowel present on the Latin side only, the other side written in Arabic script: Arabic does not
   * write short vowels, so their absence says nothing (محمد = mhmd vs Muhammad).
   */
  vowelIndelAbjad: 0.08,
  /**
   * A vowel written in Arabic script (a long vowel) facing a different Latin vowel: long vowels are
   * written, so محمود (Mahmoud) must stay away from Muhammad. NOT IN EFFECT: see the comment on SUB
   * in distance.ts (a float32 comparison has always kept it from applying).
   */
  longVowelSubstitution: 0.6,
  /** h present on one side only: final ta marbuta (Hamzah/Hamza), silent h (Abdalla/Abdallah). */
  hIndel: 0.5,
  /** w or y present on one side only (Daoud/Dawood, Zakaria/Zakariya): semivowels come and go. */
  semivowelIndel: 0.5,
  /** Members of one transliteration family (q/k/g, kh/h, dh/z/d, th/t/s, sh/ch, j/y, w/v, b/p ...). */
  family: 0.3,
  /** Looser relatives (t/d, s/z in German spellings, ch/k, j/g as in Gamal/Jamal). */
  weakFamily: 0.55,
  /** Two adjacent letters swapped: a typing error, cheaper than two substitutions. */
  transposition: 0.7,
} as const;

// ------------------------------------------------------------------------------------------------
// Token similarity (score.ts).
// ------------------------------------------------------------------------------------------------
export const TOKEN = {
  /**
   * The cliff: a pair whose cost exceeds budget = perChar * (length - freeChars) is no match at all
   * (similarity 0) instead of a weak one. Length is the longer folded form. So a 4-letter name allows
   * only cheap (family, vowel) edits plus one real typo from 4 letters, two from 8 letters.
   */
  cliffPerChar: 0.3,
  cliffFreeChars: 0.5,
  /**
   * Tokens of at least cliffFloorMinLength folded letters may always hold one ordinary edit
   * (budget at least cliffFloor): a typo in a three- or four-letter name (Chol/Chok, Tcham/Tchak)
   * is a weak pairing (similarity 0.6-0.7, credited 0.36-0.49 by fuzzyCredit) rather than none.
   */
  cliffFloor: 1,
  cliffFloorMinLength: 3,
  /**
   * similarity = 1 - costScale * cost / length inside the cliff: one real typo in an 8-letter name
   * gives 0.85, in a 5-letter name 0.76; a vowel difference in a 6-letter name 0.94.
   */
  costScale: 1.2,
  /**
   * Agreement credited for a fuzzy pairing is similarity^this (score.ts fuzzyCredit): loose
   * pairings count for much less than close ones. Chosen from the evaluation sweep (docs/matching.md).
   */
  fuzzyCreditExponent: 2,
  /** Using the form without a glued article (Alrawi -> Rawi) costs this much similarity. */
  altFormPenalty: 0.04,
  /** One token meeting two (Abdalrahman ~ Abd al Rahman, VladimirPutin ~ Vladimir Putin). */
  mergePenalty: 0.04,
  /** A merged or split pairing must be at least this similar: only near-identical concatenations count. */
  mergeMinSimilarity: 0.85,
  /**
   * A name that follows an Abd on one side met in a name with no Abd at all (Rauf ~ Abdul Rauf,
   * Habib ~ Abd al-Habib): the same name part, but not the same given name. Taken off the pairing's
   * similarity in the alignment only (score.ts), so every bound stays an upper bound.
   */
  abdDroppedPenalty: 0.12,
  /**
   * The name of a kunya (Mohamed in Abou Mohamed Salah) met as the given name of a name of two words
   * or more holding no kunya (Mohamed Salah): the father of Mohamed is not Mohamed. Taken off the
   * pairing's similarity in the alignment only (score.ts kunyaNameAsGiven), as abdDroppedPenalty.
   */
  kunyaNameAsGivenPenalty: 0.5,
  /**
   * Edit cost of one keyboard slip between the written spellings (names/keyboard.ts: a touching key
   * for the right one, a touching key pressed as well, two letters swapped) instead of the ordinary
   * distance's 1 (0.7 for a swap): a 5-letter name with one slip pairs at 0.88, credited 0.77,
   * where an unrelated letter gives 0.76, credited 0.58. Only from keyboardSlipMinLength written
   * letters: in shorter names one letter is too much of the name.
   */
  keyboardSlipCost: 0.5,
  keyboardSlipMinLength: 4,
  /** An initial meeting a name with that first letter: a weak but real agreement. */
  initialSimilarity: 0.75,
  /** An initial carries at most this much information, whatever the name it stands for. */
  initialMaxWeight: 1.2,
} as const;

// ------------------------------------------------------------------------------------------------
// Token information weights (weights of evidence for agreeing on a token).
// ------------------------------------------------------------------------------------------------
export const WEIGHT = {
  /** A name token nobody else carries. */
  rare: 10,
  /** A name token everybody carries (Mohammed, Ali, Abdullah): agreeing on it says little. */
  common: 2.2,
  /**
   * List document frequency at or below rareFrequency counts as rare, at or above commonFrequency as
   * common, log-linear in between. Combined (max) with the population prior in common-names.ts, so
   * a name common in the world but absent from a small custom list still weighs little.
   */
  rareFrequency: 1e-4,
  commonFrequency: 0.02,
  /**
   * Lists smaller than this are measured as if they had this many parties, so that on the UN list
   * (~1,000 parties) a token listed once counts as rare rather than as 1-in-1,000.
   */
  referencePopulation: 10_000,
  /**
   * Kunya and nasab particles (Abu, bin, ibn, ould) and, since 1.4.0, the Abd of an Abd + divine
   * name compound (names/tokens.ts): structure, not identity. The Abd at 0.8 or 1.5 measured noisy
   * recall +0.001 / +0.003 but Arabic->Latin -0.003 / -0.011 (a record whose other-script name lacks
   * the Abd then loses a heavier unmatched token): docs/matching.md, "How 1.4.0 was tuned".
   */
  particle: 0.3,
  /** Tokens of one or two folded letters carry less, whatever their frequency. */
  shortTokenFactor: 0.6,
  /** Company legal forms (LLC, Ltd, GmbH, SARL, Co): almost nothing. */
  legalForm: 0.15,
  /** Common words in organisation names (trading, group, international, foundation). */
  orgWord: 1.0,
  /**
   * The same words in a name made of them alone ("Islamic State" as Исламское государство or
   * الدولة الإسلامية, "The International Brigade"): they are the name, yet still words any company
   * may hold (since 1.72.0). At 1.6 those spellings of Islamic State meet QDe.115's "Islamic State"
   * at 0.6654 and "The International Brigade" its alias on QDe.099 at 0.7431, where at 1.0 a name of
   * two such words met word for word could not alert (0.58); two of a listed name's three
   * ("Transport Services" for "Trading and Transport Services Company") and one alone ("Brigade")
   * stay under the threshold, which they passed with the words weighed by list frequency uncapped.
   */
  orgWordAlone: 1.6,
  /**
   * The most a pairing of a word of a country's or territory's name in an organisation's name
   * weighs where no other pairing holds a word of either name's own (Hong Kong of LEADER HONG KONG
   * INTERNATIONAL met by "Hong Kong Trading Limited", Afghan of AFGHAN SERVICE BUREAU met by "Afghan
   * United Bank"; matching/place-words.ts, score.ts pairUp, since 1.117.0): two firms of one country
   * agree on little, as two people of one common name do. Beside a shared name of their own (ISIL
   * and Tunisia of ISIL-Tunisia), and left unpaired, the word weighs as a name, by its frequency:
   * the place that tells Al-Haramain's branches apart.
   */
  placeWord: 2.2,
  /**
   * The most a pairing of a sector word in an organisation's name weighs where no other pairing
   * holds a word of either name's own (research, engineering, steel, drug trafficking; matching/
   * sector-words.ts, score.ts pairUp, since 1.127.0), as a place's: two firms of one trade agree on
   * little. Left unpaired, the word weighs as a name, by its frequency: a pharmaceuticals firm and
   * an industrial group of one name are two firms.
   */
  sectorWord: 1.0,
  /** Function words (of, the, and, de, la). */
  stopWord: 0.15,
} as const;

// ------------------------------------------------------------------------------------------------
// Name score (score.ts): S = C / (C + L + prior), C = agreement, L = losses.
// ------------------------------------------------------------------------------------------------
export const NAME = {
  /**
   * Pseudo-weight of doubt that every name pair starts with. Keeps scores off 1.0 (an exact match on
   * two rare tokens scores ~0.95, on four ~0.98) and keeps one common token alone low (Mohammed
   * alone: 2.2 / (2.2 + 1) x 0.89 = 0.61, under the default threshold). 1.5 until 1.2.0: with the
   * convex fuzzy credit (TOKEN.fuzzyCreditExponent) the lower prior separates the evaluation's
   * variants from its clean names better (docs/matching.md, "Calibration").
   */
  prior: 1,
  /** An unmatched query token costs its whole weight: the query says something the record does not. */
  queryUnmatched: 1.0,
  /**
   * An unmatched listed token costs half its weight: list records carry long patronymic chains and
   * every alias, so a query giving fewer names (missing middle names) is normal, but a record name
   * with a heavy token the query lacks is weaker evidence than one without. 0.25 until 1.2.0; 0.4-0.65
   * measured alike, 0.5 chosen from the sweep.
   */
  listUnmatched: 0.5,
  /**
   * The weight at least at which an unpaired organisation word is charged (queryUnmatched or
   * listUnmatched of it) when the two names' unpaired words name kinds of organisation that exclude
   * each other (score.ts unmatchedKindsConflict; names/org-kinds.ts): a bank is no brigade. Since
   * 1.104.0; before, each cost an organisation word's weight (WEIGHT.orgWord, 1).
   */
  conflictingKindWeight: 2,
  /**
   * The weight at least at which an unpaired given name is charged when the other name leaves
   * unpaired a different name of the distinct-names table (score.ts unmatchedNamesConflict: Mahmoud
   * against Mohammed, Yasin against Yasir): the two names say two people.
   */
  differentNameWeight: 3.5,
  /**
   * The weight at least at which an unpaired number of a name is charged when the other name leaves
   * a different number unpaired (names/distinct-names.ts numberClass, since 1.128.0): BRANCH 215 and
   * BRANCH 216, 33RD and 99TH LIGHT INFANTRY DIVISION OF THE BURMESE ARMY are bodies told apart by
   * the number alone, so the number outweighs any one word they share (WEIGHT.rare): at 10, the 33rd
   * division still alerted on the 99th at 0.67 on four rare shared words.
   */
  differentNumberWeight: 20,
  /**
   * The weight at least at which an unpaired place of an organisation's name is charged when the
   * other name leaves a place of another country unpaired (score.ts place-conflict.ts, since
   * 1.132.0): IRAN AIR FORCE and SYRIAN AIR FORCE are two states' bodies.
   */
  differentPlaceWeight: 4,
  /**
   * An organisation's name met word for word (matching/exact-names.ts, since 1.129.0) scores at least
   * this: one word whose consonants many other words share (DIDA, IYARI, EKOGRUPP, AL-HISN) weighs
   * as common and scored 0.61-0.64 against the very name it is, under the default threshold. At 0.75
   * it alerts with no other evidence, and evidence against (another country) can still bring it under.
   */
  exactNameFloor: 0.75,
  /**
   * An unmatched query token between two others (a middle name) that is a common given name
   * (weight at most extraMiddleMaxWeight: Omar, Yusuf, Saleh, Ibrahim, Mohammed) costs this share of
   * its weight (since 1.6.0): a query giving one more common middle name or patronymic than the
   * record (Saeed Yusuf Ahmed for Saeed Ahmed) is as normal as the reverse, which costs
   * listUnmatched. A first or last token, a rare one, or one whose neighbours do not both pair
   * closely with the record (extraMiddleNeighbourSimilarity) still costs its whole weight.
   */
  queryUnmatchedMiddle: 0.5,
  /**
   * An unmatched listed name part right after a listed Abd that met the query's Abd, where the query
   * wrote a name of its own after that Abd (Abdul Zakir for Abdul Rauf Zakir): costs this share of
   * its weight instead of listUnmatched (since 1.6.0). Abd is never a name by itself, so the query's
   * Abd stands for the Abd + name the record spells out: the part is abbreviated, not missing, and
   * costs about what an initial standing for it would. npm run eval: 0.25 recovered 3 noisy
   * variants, 0.1 five, no clean name more alerted by either.
   */
  listAbdNameDropped: 0.1,
  /**
   * An unmatched listed token between two listed tokens that both paired closely
   * (extraMiddleNeighbourSimilarity) with the query: a dropped middle name (Simon Dual for Simon
   * Gatwech Dual, Kim Gi for Kim Myong Gi). People drop middle names, rarely first or last ones.
   */
  listUnmatchedMiddle: 0.3,
  /**
   * Both middle-name shares (queryUnmatchedMiddle, listUnmatchedMiddle) apply only when the agreement
   * is more than two of the most common names give (2 x 2.2 = 4.4): Ahmad Ali must not meet Ahmad Iman Ali,
   * nor Mohammed Hassan Ali the alias Ali Mohammed (see docs/matching.md "Known weakness").
   */
  middleMinAgreement: 4.5,
  extraMiddleMaxWeight: 4.2,
  /** Both neighbours of such a middle name must pair at least this closely (an insertion, not a different name). */
  extraMiddleNeighbourSimilarity: 0.9,
  /**
   * Sufficiency: the score is multiplied by 1 - exp(-C / sufficiencyScale), so agreement on little
   * information cannot make a match however complete it is: one common token (Mohammed, C = 2.2)
   * keeps 0.89 of its score, an initial and nothing else (C ~ 0.9) 0.59. 3 until 1.2.0, when the
   * convex fuzzy credit took over most of the job of keeping loose agreement low.
   */
  sufficiencyScale: 1,
} as const;

// ------------------------------------------------------------------------------------------------
// Evidence beyond names (evidence.ts), as log-odds added to logit(name score).
// ------------------------------------------------------------------------------------------------
export const EVIDENCE = {
  /** Same document number (passport with passport, id with id): very strong on its own. */
  documentExact: 4.0,
  /** Same number but given as another kind of document (an id number the list files as a passport). */
  documentCrossKind: 3.0,
  /**
   * With an exact document or IMO match, weak name evidence is raised to this name score first, so the
   * identifier dominates (a transliteration the matcher does not know, a name changed since listing).
   */
  identifierNameFloor: 0.35,
  /** Both give passports and none agree: people hold several, so only a small doubt. */
  documentMismatch: -0.4,
  /** Same IMO number: a vessel's permanent identifier. */
  imoExact: 4.5,
  /** Different IMO numbers: almost certainly a different ship. */
  imoMismatch: -2.5,
  /** Birth dates: same day / same month / same year (a year-only date agrees with any day in it). */
  birthSameDay: 1.2,
  birthSameMonth: 0.9,
  birthSameYear: 0.7,
  /** Inside a published range ("between 1970 and 1972") or within an approximate date's window. */
  birthInRange: 0.5,
  /** Same year but a different full date: a typo or a different person. */
  birthSameYearOtherDay: -0.6,
  /** Years clearly apart (outside windows and ranges). */
  birthMismatch: -1.6,
  /** An approximate ("APPROXIMATELY 1975") date covers this many years either side. */
  approximateYears: 2,
  /** Nationality given on both sides: one in common / none in common. */
  nationalityMatch: 0.5,
  nationalityMismatch: -0.6,
  /** Query country (any country connected with the party) against the record's countries. */
  countryMatch: 0.3,
  countryMismatch: -0.2,
  genderMatch: 0.1,
  genderMismatch: -1.2,
  /** A person query against an organisation record or the reverse; vessels likewise. */
  kindMismatch: -2.5,
  /** Alias quality: the publisher's own doubt about an alias. */
  lowQualityAlias: -0.7,
  formerName: -0.2,
  /**
   * Two Korean names each holding a syllable the other lacks (names/korean.ts): two names, however
   * close their letters (Pang Sung Nam, Jang Sung Nam).
   */
  koreanSyllablesDiffer: -1.5,
} as const;

/** Name scores are clamped into [floor, 1 - floor] before the logit so evidence stays finite. */
export const LOGIT_FLOOR = 1e-3;
