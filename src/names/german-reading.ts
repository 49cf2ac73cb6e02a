/**
 * Russian and other Cyrillic names as German romanises them, read back towards the English
 * spelling the lists use (since 1.125.0). German writes в w, з s, ж and ш sch, й j, х ch, ц z, ч
 * tsch, щ schtsch, дж dsch, and я, ю, ё ja, ju, jo: Zaytsev is Sajzew, Mikhailovich Michajlowitsch,
 * Zheleznyak Schelesnjak. Read as written, each of those letters cost an edit or more: "Radkow
 * Aleksandr Michajlowitsch" scored 0.48 on RADKOV, Aleksandr Mikhailovich (OFAC SDN), and of 1,753
 * persons with a patronymic on that list, romanised the German way from Cyrillic, 212 met their own
 * record not at all (the scratch measure of docs/matching.md, 1.125.0).
 *
 * A name is read so when it shows a German romanisation's marks (showsGermanRomanisation). The reading: ch kh, z ts, schtsch shch, tsch ch, dsch dzh, sch sh, w v, j y, and ss
 * between vowels s (Wassili). Each is another variant beside the name as written (matching/
 * name-variants.ts), never the only one: a German name (Schneider, Schwarz) keeps its spelling, and a
 * wrong reading costs nothing but a chance of a match the name score then weighs.
 */

/**
 * The marks of a German romanisation (above): one strong mark, the letters sch (no English
 * romanisation of Russian writes them), a patronymic's -witsch or -wna, a word's last ij (Jurij,
 * Dmitrij), a word beginning wl (Wladimir, Wladislaw; not wr: Wright); or two words of weak marks, ending in ow, ew,
 * owa, ewa, ej, aj or ja (Sergej Lawrow). One weak mark is not enough: Arabic names end in aj
 * (Siraj, Faraj), Somali ones in ow (Caddow), English ones in ew (Andrew, New).
 */
const STRONG_MARK = /sch|witsch|[oe]wna(?![\p{L}])|ij(?![\p{L}])|(?<![\p{L}])wl/iu;
const WEAK_MARK = /(?:ow|ew|owa|ewa|ej|aj|ja)(?![\p{L}])/giu;

function showsGermanRomanisation(full: string): boolean {
  if (STRONG_MARK.test(full)) return true;
  const weak = full.match(WEAK_MARK);
  return weak !== null && weak.length >= 2;
}

/**
 * Each reads one German spelling of a Cyrillic letter as the English romanisation writes it, in this
 * order: the ch of х before tsch and sch give theirs, z before dsch gives its zh, a single s (the
 * voiced reading's z) before ss gives its s.
 */
const BEFORE_SCH: [RegExp, string][] = [
  // A ch that is no part of sch or tsch is х (ч is written tsch, ш sch).
  [/(?<![sS])ch/giu, 'kh'],
  [/z/giu, 'ts'],
  [/schtsch/giu, 'shch'],
  [/tsch/giu, 'ch'],
  [/dsch/giu, 'dzh'],
];
const SCH = /sch/giu;
const AFTER_SCH: [RegExp, string][] = [
  [/w/giu, 'v'],
  [/j/giu, 'y'],
];
/** A single s, not of sh, ts or ss: з in the voiced reading. */
const SINGLE_S = /(?<![sStT])s(?![sShH])/giu;
const DOUBLE_S = /(?<=[aeiouy])ss(?=[aeiouy])/giu;

/**
 * Name `full` read as a German romanisation of a Cyrillic name (above) where it shows one: two
 * readings, for German writes ж and ш both sch, з and с both s (с doubled between vowels): the
 * first reads sch sh and s s (Schamil Shamil, Sergej Sergey), the second sch zh and a single s z
 * (Schelesnjak Zheleznyak, Sawarsin Zavarzin). None, where the name shows no mark or reads the same.
 */
export function germanReadings(full: string): string[] {
  if (!showsGermanRomanisation(full)) return [];
  let common = full;
  for (const [pattern, english] of BEFORE_SCH) common = common.replace(pattern, (m: string) => withCase(m, english));
  let plain = common.replace(SCH, (m: string) => withCase(m, 'sh'));
  let voiced = common.replace(SCH, (m: string) => withCase(m, 'zh'));
  for (const [pattern, english] of AFTER_SCH) {
    plain = plain.replace(pattern, (m: string) => withCase(m, english));
    voiced = voiced.replace(pattern, (m: string) => withCase(m, english));
  }
  voiced = voiced.replace(SINGLE_S, (m: string) => withCase(m, 'z'));
  const out: string[] = [];
  for (const r of [plain.replace(DOUBLE_S, (m: string) => withCase(m, 's')), voiced.replace(DOUBLE_S, (m: string) => withCase(m, 's'))]) if (r !== full && !out.includes(r)) out.push(r);
  return out;
}

/** `english` written with the case of the letters it replaces: all capitals, a capital first, or small. */
function withCase(written: string, english: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return english.toUpperCase();
  const first = written.charAt(0);
  return first !== first.toLowerCase() ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}
