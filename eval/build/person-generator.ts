/**
 * Draws realistic person and organisation names from the pools in ./pools.ts, in the script the
 * caller asks for. Used for the clean negatives (eval/build/negatives.ts) and for the synthetic
 * million-name benchmark list (bench/synthetic-list.ts). Every draw comes from the seeded Rng, so
 * the same seed gives the same names.
 */
import type { Rng } from '../lib/prng.js';
import type { EvalScript } from '../lib/item.js';
import { renderCyrillic, romanise, type RomanScheme } from './cyrillic.js';
import * as P from './pools.js';

export type Culture = 'arab' | 'afghan' | 'somali' | 'russian' | 'ukrainian' | 'chechen' | 'indonesian' | 'west-african' | 'european';

export interface GeneratedName {
  name: string;
  script: EvalScript;
  culture: Culture;
  kind: 'person' | 'organization';
}

/** Which scripts each culture is realistically written in (Latin always). */
export const CULTURE_SCRIPTS: Record<Culture, EvalScript[]> = {
  arab: ['latin', 'arabic', 'cyrillic'],
  afghan: ['latin', 'arabic', 'cyrillic'],
  somali: ['latin'],
  russian: ['latin', 'cyrillic'],
  ukrainian: ['latin', 'cyrillic'],
  chechen: ['latin', 'cyrillic'],
  indonesian: ['latin'],
  'west-african': ['latin'],
  european: ['latin'],
};

/** The article forms a Latin writer may use for a name carried with al-. */
const ARTICLE_FORMS = ['al-', 'Al-', 'Al ', 'al ', 'El ', 'el-', ''];

function latinOf(rng: Rng, n: P.BiName): string {
  // The first listed spelling is the most common: give it half the draws.
  const base = rng.chance(0.5) ? (n.latin[0] as string) : rng.pick(n.latin);
  const art = /^(al|el)-(.+)$/i.exec(base);
  if (!art) return base;
  const form = rng.pick(ARTICLE_FORMS);
  const rest = art[2] as string;
  if (form === '' && rng.chance(0.3)) return `Al${rest.toLowerCase()}`;
  return `${form}${rest}`;
}

/** Arabic-script pool words may lack an article form; the family side keeps what the pool says. */
function arabicOf(n: P.BiName): string {
  return n.arabic;
}

function finishLatin(rng: Rng, tokens: string[], surnameLast: boolean): string {
  // Lists often write the surname in capitals ("Mohamed Iqbal ABDURRAHMAN"); queries often do not.
  if (surnameLast && tokens.length > 1 && rng.chance(0.2)) {
    tokens[tokens.length - 1] = (tokens[tokens.length - 1] as string).toUpperCase();
  }
  if (rng.chance(0.1)) return tokens.join(' ').toUpperCase();
  return tokens.join(' ');
}

function arabPerson(rng: Rng, script: EvalScript, pools: { male: P.BiName[]; female: P.BiName[]; family: P.BiName[] }, style: 'arab' | 'afghan'): string {
  const female = rng.chance(0.25);
  const given = rng.pick(female ? pools.female : pools.male);
  const parts: P.BiName[] = [given];
  const pattern = rng.weighted<string>(
    style === 'arab'
      ? [['gf', 40], ['gpf', 30], ['gppf', 10], ['gbpf', 8], ['gpp', 12]]
      : [['gf', 60], ['gg', 25], ['gpf', 15]],
  );
  const bin: P.BiName = female ? { latin: ['bint'], arabic: 'بنت' } : { latin: rng.chance(0.7) ? ['bin'] : ['ibn'], arabic: 'بن' };
  for (const step of pattern.slice(1)) {
    if (step === 'p') parts.push(rng.pick(style === 'arab' ? P.ARAB_MALE : P.AFGHAN_MALE));
    else if (step === 'g') parts.push(rng.pick(P.AFGHAN_MALE));
    else if (step === 'b') parts.push(bin);
    else parts.push(rng.pick(pools.family));
  }
  if (script === 'arabic') return parts.map(arabicOf).join(' ');
  const latin = finishLatin(rng, parts.map((p) => latinOf(rng, p)), pattern.endsWith('f'));
  return script === 'cyrillic' ? renderCyrillic(latin) : latin;
}

function femaleSurname(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return `${s}а`;
  if (s.endsWith('ский')) return `${s.slice(0, -4)}ская`;
  return s;
}

const RU_SCHEMES: RomanScheme[] = ['bgn', 'icao', 'icao', 'french', 'german'];

function slavicPerson(rng: Rng, script: EvalScript, culture: 'russian' | 'ukrainian' | 'chechen'): string {
  const female = culture !== 'chechen' && rng.chance(0.35);
  let given: string;
  let family: string;
  let patronymic: string | undefined;
  if (culture === 'russian') {
    given = rng.pick(female ? P.RU_FEMALE : P.RU_MALE);
    family = rng.pick(P.RU_FAMILY);
    const [, m, f] = rng.pick(P.RU_PATRONYMIC);
    patronymic = female ? f : m;
  } else if (culture === 'ukrainian') {
    given = rng.pick(female ? P.UA_FEMALE : P.UA_MALE);
    family = rng.pick(P.UA_FAMILY);
    const father = rng.pick(P.UA_MALE).replace(/о$/, '');
    patronymic = female ? undefined : `${father}ович`;
  } else {
    given = rng.pick(P.CHECHEN_MALE);
    family = rng.pick(P.CHECHEN_FAMILY);
    const father = rng.pick(P.CHECHEN_MALE);
    patronymic = /[аи]$/.test(father) ? `${father}евич` : /[йь]$/.test(father) ? `${father.slice(0, -1)}евич` : `${father}ович`;
  }
  if (female) family = femaleSurname(family);
  const pattern = rng.weighted<string>([['gps', 40], ['gs', 35], ['sgp', 25]]);
  const tokens: string[] = [];
  for (const step of pattern) {
    if (step === 'g') tokens.push(given);
    else if (step === 's') tokens.push(family);
    else if (patronymic) tokens.push(patronymic);
  }
  const cyr = tokens.join(' ');
  if (script === 'cyrillic') return cyr;
  const scheme: RomanScheme = culture === 'ukrainian' ? 'ukrainian' : rng.pick(RU_SCHEMES);
  return finishLatin(rng, romanise(cyr, scheme).split(' '), pattern.endsWith('s'));
}

function simplePerson(rng: Rng, male: string[], female: string[], family: string[], patterns: [string, number][]): string {
  const isFemale = rng.chance(0.3);
  const pattern = rng.weighted(patterns);
  const tokens: string[] = [];
  for (const step of pattern) {
    if (step === 'g') tokens.push(rng.pick(isFemale ? female : male));
    else if (step === 'p') tokens.push(rng.pick(male));
    else if (step === 'm') tokens.push(rng.pick(P.EUROPEAN_FAMILY_MULTI));
    else tokens.push(rng.pick(family));
  }
  // Accents are often lost on the way into a payment message.
  const joined = tokens.join(' ');
  const plain = rng.chance(0.3) ? joined.normalize('NFKD').replace(/\p{M}/gu, '') : joined;
  return finishLatin(rng, plain.split(' '), pattern.endsWith('f'));
}

export function generatePerson(rng: Rng, culture: Culture, script: EvalScript): string {
  switch (culture) {
    case 'arab':
      return arabPerson(rng, script, { male: P.ARAB_MALE, female: P.ARAB_FEMALE, family: P.ARAB_FAMILY }, 'arab');
    case 'afghan':
      return arabPerson(rng, script, { male: P.AFGHAN_MALE, female: P.ARAB_FEMALE, family: P.AFGHAN_FAMILY }, 'afghan');
    case 'russian':
    case 'ukrainian':
    case 'chechen':
      return slavicPerson(rng, script, culture);
    case 'somali':
      return simplePerson(rng, P.SOMALI_MALE, P.SOMALI_FEMALE, P.SOMALI_MALE, [['gpf', 70], ['gf', 30]]);
    case 'indonesian':
      return simplePerson(rng, P.INDONESIAN_MALE, P.INDONESIAN_FEMALE, P.INDONESIAN_FAMILY, [['g', 12], ['gf', 60], ['ggf', 28]]);
    case 'west-african':
      return simplePerson(rng, P.WEST_AFRICAN_MALE, P.WEST_AFRICAN_FEMALE, P.WEST_AFRICAN_FAMILY, [['gf', 75], ['ggf', 25]]);
    case 'european':
      return simplePerson(rng, P.EUROPEAN_MALE, P.EUROPEAN_FEMALE, P.EUROPEAN_FAMILY, [['gf', 70], ['ggf', 20], ['gm', 10]]);
  }
}

export function generateOrganization(rng: Rng, script: EvalScript): string {
  if (script === 'arabic') {
    const parts = [rng.pick(P.ORG_AR_TYPE), rng.pick(P.ORG_AR_NAME), rng.pick(P.ORG_AR_ACTIVITY), rng.pick(P.ORG_AR_SUFFIX)];
    return parts.filter((p) => p !== '').join(' ');
  }
  if (script === 'cyrillic') {
    const core = `${rng.pick(P.ORG_RU_ADJ)} ${rng.pick(P.ORG_RU_NOUN)}`;
    return rng.chance(0.6) ? `${rng.pick(P.ORG_RU_PREFIX)} «${core}»` : `${rng.pick(P.ORG_RU_PREFIX)} ${core}`;
  }
  const pattern = rng.weighted<string>([['na', 35], ['ana', 25], ['pna', 15], ['n', 10], ['an', 15]]);
  const tokens: string[] = [];
  for (const step of pattern) {
    if (step === 'n') tokens.push(rng.pick(P.ORG_NAMES_LATIN));
    else if (step === 'a') tokens.push(rng.pick(P.ORG_ADJECTIVES));
    else if (step === 'p') tokens.push(rng.pick(['Al', 'Dar Al', 'Bayt Al', 'Ras', 'Bab Al']));
  }
  // Activity words and a legal form as companies really carry them; sometimes one is missing.
  if (rng.chance(0.85)) tokens.push(rng.pick(P.ORG_ACTIVITIES));
  if (rng.chance(0.75)) tokens.push(rng.pick(P.ORG_LEGAL_FORMS));
  const out = tokens.join(' ');
  return rng.chance(0.3) ? out.toUpperCase() : out;
}
