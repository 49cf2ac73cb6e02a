/**
 * The words of an organisation's name that name a country, a territory (since 1.117.0) or a region
 * (since 1.121.0): Afghan of AFGHAN SERVICE BUREAU, Pakistan of AL-HARAMAIN FOUNDATION PAKISTAN, Hong
 * Kong of LEADER HONG KONG INTERNATIONAL. Rare on a list, such a word weighed as a rare name and
 * carried a match alone: "Afghan United Bank" met the Afghan Service Bureau (QDe.012) at 0.6653,
 * "Hong Kong Trading Limited" KPe.017 at 0.7092, "Union of the Comoros" QDe.116 at 0.7016. It says
 * where a body is: paired, it weighs at most WEIGHT.placeWord unless another pairing holds a word of
 * either name's own (score.ts pairUp); left unpaired, it weighs as a name, and tells a group's
 * branches apart, except a country the query adds beside the listed body's own name, which names
 * its branch or subsidiary there (since 1.146.0, pairUp's branchOfListed). Only in organisations' names: in a person's, Afghani or Al-Iraqi is a nisba, and
 * Jordan, Chad or Kenya a given name.
 */
import type { SharedToken } from '../names/tokens.js';
import { isPlaceName, placeStarters } from './countries.js';

/** Words of one place, at most (Union of the Comoros; the Democratic Republic of the Congo is six, and read from Republic on). */
const MAX_PLACE_WORDS = 4;

/**
 * Which of a name's analysed tokens belong to a place (1 at their index), or undefined where none
 * does. `mayMark(i)` says whether token i may be a place's word at all (not a function word,
 * particle or legal form: those stay what they are inside a place's run of words, Union *of the*
 * Comoros). A run of words is tried from its longest, and only from a word that may begin a place
 * written in several words (countries.ts placeStarters); a single word is asked of `single(i)`,
 * which the caller may remember per token.
 */
export function placeMarks(tokens: readonly SharedToken[], mayMark: (i: number) => boolean, single: (i: number) => boolean): Uint8Array | undefined {
  let marks: Uint8Array | undefined;
  const starts = placeStarters();
  for (let i = 0; i < tokens.length; i++) {
    const starter = starts.has((tokens[i] as SharedToken).token.text);
    if (!mayMark(i) && !starter) continue;
    let end = -1;
    if (starter) {
      for (let j = Math.min(tokens.length, i + MAX_PLACE_WORDS) - 1; j > i; j--) {
        if (!mayMark(j)) continue;
        let text = (tokens[i] as SharedToken).token.text;
        for (let k = i + 1; k <= j; k++) text += ` ${(tokens[k] as SharedToken).token.text}`;
        if (isPlaceName(text)) {
          end = j;
          break;
        }
      }
    }
    if (end < 0 && mayMark(i) && single(i)) end = i;
    if (end < 0) continue;
    marks ??= new Uint8Array(tokens.length);
    for (let k = i; k <= end; k++) if (mayMark(k)) marks[k] = 1;
    i = end;
  }
  return marks;
}
