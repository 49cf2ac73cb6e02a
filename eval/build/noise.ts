/**
 * Seeded perturbations of listed names, one named operation at a time, as they happen between a
 * sanctions list and a payment message: typing errors, missing or extra middle names, reordering,
 * initials, words run together or split, other transliteration habits, other company legal forms.
 * Each operation returns undefined when it does not apply to the name (so the caller picks another),
 * and never returns the input unchanged.
 */
import type { Rng } from '../lib/prng.js';

export type NoiseOp =
  | 'typo-insert' | 'typo-delete' | 'typo-substitute' | 'typo-transpose'
  | 'drop-middle' | 'add-middle' | 'reorder' | 'initial' | 'merge' | 'split' | 'translit' | 'legal-form';

export const PERSON_OPS: NoiseOp[] = ['typo-insert', 'typo-delete', 'typo-substitute', 'typo-transpose', 'drop-middle', 'add-middle', 'reorder', 'initial', 'merge', 'split', 'translit'];
export const ORG_OPS: NoiseOp[] = ['typo-insert', 'typo-delete', 'typo-substitute', 'typo-transpose', 'reorder', 'merge', 'split', 'translit', 'legal-form'];

/** Neighbouring keys on a QWERTY keyboard: substitutions and insertions come from these. */
const NEIGHBOURS: Record<string, string> = {
  a: 'qswz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn', k: 'jiolm',
  l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase',
  x: 'zsdc', y: 'tghu', z: 'asx',
};

function tokens(name: string): string[] {
  return name.split(/\s+/).filter((t) => t !== '');
}

function matchCase(template: string, ch: string): string {
  return template === template.toUpperCase() && template !== template.toLowerCase() ? ch.toUpperCase() : ch;
}

/** Picks a word of at least `min` letters, returns its index or -1. */
function pickWord(rng: Rng, words: string[], min: number): number {
  const ok = words.map((w, i) => [w, i] as const).filter(([w]) => /^[\p{L}'’-]+$/u.test(w) && w.length >= min);
  return ok.length === 0 ? -1 : rng.pick(ok)[1];
}

function typo(rng: Rng, name: string, op: NoiseOp): string | undefined {
  const words = tokens(name);
  const wi = pickWord(rng, words, 4);
  if (wi < 0) return undefined;
  const w = words[wi] as string;
  // Not the first letter: people rarely mistype the start of a name they copy.
  const pos = rng.int(1, w.length - 1);
  const ch = (w[pos] ?? 'a').toLowerCase();
  const near = NEIGHBOURS[ch] ?? 'aeiou';
  let out: string;
  if (op === 'typo-insert') out = w.slice(0, pos) + matchCase(w, rng.pick([...near])) + w.slice(pos);
  else if (op === 'typo-delete') out = w.slice(0, pos) + w.slice(pos + 1);
  else if (op === 'typo-substitute') out = w.slice(0, pos) + matchCase(w, rng.pick([...near])) + w.slice(pos + 1);
  else {
    if (pos >= w.length - 1) return undefined;
    out = w.slice(0, pos) + (w[pos + 1] as string) + (w[pos] as string) + w.slice(pos + 2);
  }
  if (out.toLowerCase() === w.toLowerCase()) return undefined;
  words[wi] = out;
  return words.join(' ');
}

const PARTICLES = /^(al|el|bin|ibn|bint|abu|abd|ould|de|van|von)$/i;

function dropMiddle(words: string[], rng: Rng): string | undefined {
  const middle = words.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && i < words.length - 1 && !PARTICLES.test(w) && !/-$/.test(w));
  if (words.length < 3 || middle.length === 0) return undefined;
  const [, i] = rng.pick(middle);
  return words.filter((_, j) => j !== i).join(' ');
}

const EXTRA_MIDDLE = ['Mohammed', 'Ahmed', 'Ali', 'Abdullah', 'Hassan', 'Ibrahim', 'Omar', 'Yusuf', 'Mahmoud', 'Saleh'];

function addMiddle(words: string[], rng: Rng): string | undefined {
  if (words.length < 2) return undefined;
  const extra = rng.pick(EXTRA_MIDDLE.filter((e) => !words.some((w) => w.toLowerCase() === e.toLowerCase())));
  const upper = words.every((w) => w === w.toUpperCase());
  const i = rng.int(1, words.length - 1);
  return [...words.slice(0, i), upper ? extra.toUpperCase() : extra, ...words.slice(i)].join(' ');
}

function reorder(words: string[], rng: Rng): string | undefined {
  if (words.length < 2) return undefined;
  // Surname first, as lists and forms often write it; or two neighbouring words swapped.
  // A nasab or article travels with its name ("Bin Ladin", "Al Baghdadi").
  if (rng.chance(0.6)) {
    const tail = words.length >= 3 && PARTICLES.test(words[words.length - 2] as string) ? 2 : 1;
    if (tail === words.length) return undefined;
    return [...words.slice(-tail), ...words.slice(0, -tail)].join(' ');
  }
  const i = rng.int(0, words.length - 2);
  const out = [...words];
  out[i] = words[i + 1] as string;
  out[i + 1] = words[i] as string;
  return out.join(' ');
}

function initial(words: string[], rng: Rng): string | undefined {
  const cands = words.map((w, i) => [w, i] as const).filter(([w, i]) => i < words.length - 1 && /^\p{L}{3,}$/u.test(w) && !PARTICLES.test(w));
  if (words.length < 2 || cands.length === 0) return undefined;
  const [w, i] = rng.pick(cands);
  const out = [...words];
  out[i] = `${(w[0] as string).toUpperCase()}.`;
  return out.join(' ');
}

function merge(words: string[], rng: Rng): string | undefined {
  if (words.length < 2) return undefined;
  const i = rng.int(0, words.length - 2);
  const a = words[i] as string;
  const b = (words[i + 1] as string).replace(/^-/, '');
  const lowerB = a === a.toUpperCase() ? b : b.toLowerCase();
  const joined = a.replace(/-$/, '') + (rng.chance(0.5) ? lowerB : b);
  return [...words.slice(0, i), joined, ...words.slice(i + 2)].join(' ');
}

function split(words: string[], rng: Rng): string | undefined {
  // Split at a known seam first (Abdulrahman -> Abdul Rahman, Abubakar -> Abu Bakar), else in the middle.
  const cands = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{7,}$/u.test(w));
  if (cands.length === 0) return undefined;
  const [w, i] = rng.pick(cands);
  const seam = /^(abdul|abdel|abdur|abdal|abu|abou|nur|nour|saif|sayf|shams|zain|ibn)(?=\p{L}{3,})/iu.exec(w);
  const at = seam ? (seam[1] as string).length : rng.int(3, w.length - 3);
  const right = w.slice(at);
  const upper = w === w.toUpperCase();
  const out = [...words];
  out.splice(i, 1, w.slice(0, at), upper ? right : (right[0] as string).toUpperCase() + right.slice(1));
  return out.join(' ');
}

/**
 * Transliteration habits: each rule rewrites one occurrence of a spelling by its counterpart in
 * another tradition (French/Maghrebi against English/Levantine and so on).
 */
const TRANSLIT: readonly [RegExp, string[]][] = [
  [/ou/i, ['u', 'oo']], [/(?<!o)u/i, ['ou', 'o']], [/dj/i, ['j']], [/(?<![d])j/i, ['dj', 'y']], [/kh/i, ['h', 'ch']],
  [/(?<![kcs])h(?!h)/i, ['kh']], [/q/i, ['k', 'g']], [/(?<!\b)k/i, ['q']], [/dh/i, ['z', 'd']], [/th/i, ['t', 's']],
  [/ee/i, ['i']], [/(?<!\b)i/i, ['ee', 'y']], [/oo/i, ['u']], [/w/i, ['v', 'ou']], [/v/i, ['w']], [/y/i, ['i', 'j']],
  [/([bdfklmnrst])\1/i, ['$1']], [/(?<=[aeiou])([bdlmnrst])(?=[aeiou])/i, ['$1$1']], [/\bal-/i, ['el-', 'Al ', 'al', 'ad-', '']],
  [/\bel-/i, ['al-', 'El ', '']], [/\babd el\b/i, ['Abdel', 'Abd al', 'Abdul']], [/\babdul/i, ['Abdel', 'Abd al-', 'Abdoul']], [/e/i, ['a', 'i']],
  [/a(?=\b)/i, ['ah', 'e']], [/sh/i, ['ch', 'sch']], [/ch/i, ['sh', 'tch']],
];

function translit(name: string, rng: Rng): string | undefined {
  const order = rng.shuffle([...TRANSLIT.keys()]);
  for (const k of order) {
    const [re, alts] = TRANSLIT[k] as [RegExp, string[]];
    // Pick a random occurrence, not always the first: the later words matter as much.
    const all = [...name.matchAll(new RegExp(re.source, 'gi'))];
    if (all.length === 0) continue;
    const m = rng.pick(all);
    const at = m.index ?? 0;
    const alt = rng.pick(alts).replaceAll('$1', m[1] ?? '');
    // Keep the name's casing: all capitals stay capitals, a capital initial stays capital.
    const allUpper = name === name.toUpperCase();
    const first = m[0].charAt(0);
    const capital = first !== first.toLowerCase();
    const rep = allUpper ? alt.toUpperCase() : capital ? alt.charAt(0).toUpperCase() + alt.slice(1).toLowerCase() : alt.toLowerCase();
    const out = (name.slice(0, at) + rep + name.slice(at + m[0].length)).replace(/\s+/g, ' ').trim();
    if (out.toLowerCase() !== name.toLowerCase() && out !== '') return out;
  }
  return undefined;
}

const LEGAL: readonly string[] = ['LLC', 'Ltd', 'Limited', 'Co.', 'Company', 'Co. Ltd', 'Inc.', 'Corp.', 'GmbH', 'SARL', 'S.A.', 'PLC', 'FZE', 'Est.', 'Establishment', 'Group', 'Trust'];
const LEGAL_RE = /\b(LLC|L\.L\.C\.|Ltd\.?|Limited|Co\.?|Company|Inc\.?|Corp\.?|Corporation|GmbH|SARL|S\.A\.|PLC|FZE|Est\.|Establishment)$/i;

function legalForm(name: string, rng: Rng): string | undefined {
  const m = LEGAL_RE.exec(name.trim());
  if (m) {
    const rest = name.trim().slice(0, m.index).trim().replace(/,$/, '');
    // Drop the form, or write another one.
    if (rng.chance(0.4)) return rest;
    const other = rng.pick(LEGAL.filter((l) => l.toLowerCase() !== m[0].toLowerCase()));
    return `${rest} ${other}`;
  }
  return `${name.trim()} ${rng.pick(LEGAL)}`;
}

export function applyNoise(rng: Rng, name: string, op: NoiseOp): string | undefined {
  const words = tokens(name);
  let out: string | undefined;
  switch (op) {
    case 'typo-insert':
    case 'typo-delete':
    case 'typo-substitute':
    case 'typo-transpose':
      out = typo(rng, name, op);
      break;
    case 'drop-middle':
      out = dropMiddle(words, rng);
      break;
    case 'add-middle':
      out = addMiddle(words, rng);
      break;
    case 'reorder':
      out = reorder(words, rng);
      break;
    case 'initial':
      out = initial(words, rng);
      break;
    case 'merge':
      out = merge(words, rng);
      break;
    case 'split':
      out = split(words, rng);
      break;
    case 'translit':
      out = translit(name, rng);
      break;
    case 'legal-form':
      out = legalForm(name, rng);
      break;
  }
  if (out === undefined) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(out) === norm(name) ? undefined : out;
}

/**
 * Arabic-script orthographic variants of an Arabic-script name: the spellings one person writes
 * differently on different days (hamza on alef or not, ta marbuta or ha, alef maqsura or ya,
 * "عبد ال" joined or apart, short-vowel marks, tatweel). Each is a legitimate spelling.
 */
const ARABIC_VARIANTS: readonly [RegExp, string][] = [
  [/[أإآ]/, 'ا'], [/(?<=^|\s)ا(?=[بحدسمن])/, 'أ'], [/ة(?=\s|$)/, 'ه'], [/ى(?=\s|$)/, 'ي'], [/ي(?=\s|$)/, 'ى'],
  [/عبد ال/, 'عبدال'], [/عبدال/, 'عبد ال'], [/(?<=^|\s)ال(?=\S{3,}ي(?:\s|$))/, ''], [/ؤ/, 'و'], [/ئ/, 'ي'],
  [/(?<=[بتمنل])(?=[اوي])/, 'َ'],
];

export function arabicVariant(rng: Rng, name: string): string | undefined {
  for (const k of rng.shuffle([...ARABIC_VARIANTS.keys()])) {
    const [re, rep] = ARABIC_VARIANTS[k] as [RegExp, string];
    const all = [...name.matchAll(new RegExp(re.source, 'g'))];
    if (all.length === 0) continue;
    const m = rng.pick(all);
    const at = m.index ?? 0;
    const out = name.slice(0, at) + rep + name.slice(at + m[0].length);
    if (out !== name) return out.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
