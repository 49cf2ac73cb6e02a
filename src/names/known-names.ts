/**
 * Names a listed party goes by that its list entry leaves out, each from a public source named
 * beside it (since 1.68.0).
 *
 * The UN list files ISIL under the name of its forerunner, Al-Qaida in Iraq (QDe.115), with
 * "Islamic State in Iraq and the Levant" among its aliases but not the names the world writes:
 * ISIL, Da'esh, ISIS. A bank's payment to "Daesh" met the UN list's Jund al-Khilafah in Tunisia
 * (whose alias is "Daesh Tunisia") and never ISIL itself; "ISIL" put the West Africa and Khorasan
 * affiliates first and ISIL third, through an acronym read off the alias; "ANF" met nothing. Yet the
 * Security Council's own resolution 2199 (2015), the one this project enforces, calls the two groups
 * "ISIL, also known as Da'esh" and "Al-Nusrah Front (ANF)", and the UN list's narratives say
 * "(ISIL), listed as Al-Qaida in Iraq (QDe.115)" 37 times in the file of 2026-01-28.
 *
 * Only a short table, for the groups resolution 2199 names, and only where a source names the party:
 * the Security Council's resolutions first, the list's own name in the UN's other official
 * languages (ИГИЛ and ДАИШ, Daech, 伊黎伊斯兰国 and 达伊沙; since 1.71.0), then OFAC's entry for
 * the same group (OFAC SDN entity 8759, ISLAMIC STATE OF IRAQ AND THE LEVANT, whose aliases include
 * the UN entry's own: AL-QAIDA IN IRAQ, THE MONOTHEISM AND JIHAD GROUP, AL-ZARQAWI NETWORK, TANZIM
 * QA'IDAT AL-JIHAD FI BILAD AL-RAFIDAYN; file ofac-sdn-2021-04-alt.csv). The Arabic-script Da'esh is the Arabic acronym the
 * Latin one transcribes. The table is part of the engine: a change to it changes scores, so it
 * bumps ALGORITHM_VERSION, and a replay on the same list version gives the same result.
 */

export interface KnownName {
  /** The list that files the party ("un") and the party's reference number there. */
  source: string;
  referenceNumber: string;
  /** The name as the source writes it. */
  name: string;
  /** Who names the party so, shown with the name in an explanation. */
  namedBy: string;
}

const RES_2199 = 'UN Security Council resolution 2199 (2015)';
/** The UN's own name of the list, "ISIL (Da'esh) and Al-Qaida Sanctions List", in its other official languages. */
const LIST_NAME_RU = "the UN's Russian name of the ISIL (Da'esh) and Al-Qaida list";
const LIST_NAME_FR = "the UN's French name of the ISIL (Da'esh) and Al-Qaida list";
const LIST_NAME_ZH = "the UN's Chinese name of the ISIL (Da'esh) and Al-Qaida list";
const OFAC_8759 = 'OFAC SDN entry 8759, the same group';

export const KNOWN_NAMES: readonly KnownName[] = [
  // Resolution 2199, preamble: "Islamic State in Iraq and the Levant (ISIL, also known as Da'esh)".
  { source: 'un', referenceNumber: 'QDe.115', name: 'ISIL', namedBy: RES_2199 },
  { source: 'un', referenceNumber: 'QDe.115', name: "Da'esh", namedBy: RES_2199 },
  { source: 'un', referenceNumber: 'QDe.115', name: 'داعش', namedBy: RES_2199 },
  // The list's name in the UN's other official languages: Санкционный перечень в отношении ИГИЛ
  // (ДАИШ) и «Аль-Каиды»; Liste relative aux sanctions contre l'EIIL (Daech) et Al-Qaida;
  // 伊黎伊斯兰国(达伊沙)和基地组织制裁名单. Spanish Dáesh is Da'esh once its accent is off. EIIL is
  // left out: four letters whose consonant skeleton is one l weigh as the commonest names (2.2), and
  // met itself at 0.61, under the threshold.
  { source: 'un', referenceNumber: 'QDe.115', name: 'ИГИЛ', namedBy: LIST_NAME_RU },
  { source: 'un', referenceNumber: 'QDe.115', name: 'ДАИШ', namedBy: LIST_NAME_RU },
  { source: 'un', referenceNumber: 'QDe.115', name: 'Daech', namedBy: LIST_NAME_FR },
  { source: 'un', referenceNumber: 'QDe.115', name: '伊黎伊斯兰国', namedBy: LIST_NAME_ZH },
  { source: 'un', referenceNumber: 'QDe.115', name: '达伊沙', namedBy: LIST_NAME_ZH },
  // OFAC's aliases of entity 8759 that the UN entry does not give.
  { source: 'un', referenceNumber: 'QDe.115', name: 'ISIS', namedBy: OFAC_8759 },
  { source: 'un', referenceNumber: 'QDe.115', name: 'Islamic State', namedBy: OFAC_8759 },
  { source: 'un', referenceNumber: 'QDe.115', name: 'Islamic State of Iraq and Syria', namedBy: OFAC_8759 },
  { source: 'un', referenceNumber: 'QDe.115', name: 'Islamic State of Iraq and al-Sham', namedBy: OFAC_8759 },
  { source: 'un', referenceNumber: 'QDe.115', name: "ad-Dawla al-Islamiyya fi al-'Iraq wa-sh-Sham", namedBy: OFAC_8759 },
  // Resolution 2199, preamble and operative paragraphs: "Al-Nusrah Front (ANF)".
  { source: 'un', referenceNumber: 'QDe.137', name: 'ANF', namedBy: RES_2199 },
];

/** How a known name is shown: "Da'esh (named so by UN Security Council resolution 2199 (2015))". */
export const NAMED_SO_BY = ' (named so by ';

/** A name's letters and digits alone, in upper case, accents off: "Da'esh" and "DAESH" are one. */
function bare(name: string): string {
  return name.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/**
 * The known names of the party filed as `referenceNumber` on list `source`, in table order, less
 * those the entry gives itself (`ownNames`): once a list version writes ISIL, its entry's name is the
 * one shown.
 */
export function knownNamesOf(source: string, referenceNumber: string, ownNames: readonly string[]): KnownName[] {
  const known = KNOWN_NAMES.filter((k) => k.source === source && k.referenceNumber === referenceNumber);
  if (known.length === 0) return known;
  const own = new Set(ownNames.map(bare));
  return known.filter((k) => !own.has(bare(k.name)));
}

/** A known name as an explanation shows it, with who names the party so. */
export function shownKnownName(k: KnownName): string {
  return `${k.name}${NAMED_SO_BY}${k.namedBy})`;
}
