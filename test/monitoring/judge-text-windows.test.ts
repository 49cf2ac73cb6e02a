import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { EngineScreener } from '../../src/monitoring/screening.js';
import {
  ABD_AMBIGUOUS,
  ABD_PREFIXES,
  ARTICLES,
  DIVINE_NAMES,
  KUNYA,
  KUNYA_WITH_ARTICLE,
  NASAB,
  SUN_ARTICLES,
  TITLES,
  abdCompound,
  abdCompoundName,
  slippedAbdSpelling,
} from '../../src/names/arabic.js';
import { STOP_WORDS } from '../../src/names/common-names.js';
import { analyseName } from '../../src/names/tokens.js';
import { screeningBase } from './helpers.js';

// Words that exercise analyseName's structure rules next to a number: articles (plain and sun),
// kunya, nasab, Abd forms, divine names, titles, stop words, and list words.
const WORDS = [
  'al', 'el', 'l', 'ash', 'as', 'an', 'ad', 'abu', 'abul', 'umm', 'bin', 'ibn', 'abd', 'abdul', 'abdel', 'abdi', 'abdo', 'abdullah',
  'abdulrahman', 'rahman', 'allah', 'karim', 'sheikh', 'mullah', 'haji', 'dr', 'for', 'the', 'of', 'in', 'to', 'a', 'qaida', 'nusrah',
  'jabhat', 'front', 'levant', 'iraq', 'islamic', 'state', 'people', 'invoice', 'cement', 'rent', 'alk', 'awari', 'agbdul', 'adbul',
  'mcdonald', 'ali', 'baghdadi', 'zawahiri', 'shabaab', 'harakat', 'tahrir', 'ansar', 'eiko',
];
const NUMBERS = ['0', '00', '1', '7', '11', '313', '2015', '0042', '512345', '999999999'];
const MIXED = ['inv512', 'A1', '3rd', 'x9', 'AlQaida', 'AbdulRahman', 'McDonald', 'GmbH', "Samarra'i", 'al-Nusrah', 'NO.', '#12'];
const GLUE = [' ', ' ', ' ', '-', ', ', '/', ' . ', ':', "'", '  '];

function randomText(rng: Rng, listWords: string[]): string {
  const n = rng.int(1, 7);
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    let w = r < 0.35 ? rng.pick(WORDS) : r < 0.65 ? rng.pick(NUMBERS) : r < 0.8 ? rng.pick(listWords) : rng.pick(MIXED);
    const c = rng.next();
    if (c < 0.3) w = w.toUpperCase();
    else if (c < 0.5) w = w.charAt(0).toUpperCase() + w.slice(1);
    out += (i > 0 ? rng.pick(GLUE) : '') + w;
  }
  return out;
}

describe('judging: number words in free text (screening.ts windowTokens)', () => {
  it('no structure word is made of digits, and no Abd rule reads a number as one', () => {
    const digits = /^[0-9]+$/;
    for (const set of [TITLES, ARTICLES, KUNYA, KUNYA_WITH_ARTICLE, NASAB, ABD_PREFIXES, ABD_AMBIGUOUS, DIVINE_NAMES, STOP_WORDS]) {
      for (const w of set) assert.ok(!digits.test(w), w);
    }
    for (const [article, sun] of Object.entries(SUN_ARTICLES)) assert.ok(!/^[0-9]/.test(article) && !/^[0-9]/.test(sun), article);
    for (const n of [...NUMBERS, '12345', '100000000000']) {
      assert.equal(slippedAbdSpelling(n), undefined, n);
      assert.equal(abdCompoundName(n), undefined, n);
      assert.notEqual(abdCompound(n), 'abdallah', n);
      const t = analyseName(`x ${n} y`).tokens[1];
      assert.equal(t?.script, 'digits', n);
      assert.equal(t?.text, n);
    }
  });

  it('a text through its digit template gives the tokens of the text analysed whole', async () => {
    const base = await screeningBase();
    const screener = new EngineScreener(base.engine, base.parties);
    const listWords = [...new Set(base.parties.flatMap((p) => p.names.flatMap((n) => n.full.split(/\s+/))))].filter((w) => w.length > 0);
    const rng = new Rng('judge-text-windows');
    let withWindows = 0;
    for (let i = 0; i < 20000; i++) {
      const text = randomText(rng, listWords);
      const expected = screener.analysedTokens(text);
      assert.deepEqual(screener.windowTokens(text), expected, text);
      if (expected.filter((t) => t.known).length >= 2) withWindows++;
    }
    // Most texts took the template path (an ASCII text with a number word), and many of those have
    // list words around their numbers, so windows are built from filled-in templates.
    assert.ok(screener.stats.textTemplated > 8000, `${screener.stats.textTemplated} texts through a template`);
    assert.ok(withWindows > 2000, `${withWindows} texts with two list words or more`);
  });

  it('a listed name around a number is still found, and the number shows in the window', async () => {
    const base = await screeningBase();
    const screener = new EngineScreener(base.engine, base.parties);
    const hits = screener.screen({ kind: 'text', path: 'remittance.unstructured[0]', role: 'remittance', text: 'INVOICE 4411 for Jabhat al-Nusra' });
    assert.ok(hits.some((h) => /nusra/i.test(h.screened)), JSON.stringify(hits));
    const tokens = screener.windowTokens('INVOICE 4411 CEMENT');
    assert.deepEqual(tokens.map((t) => t.text), ['invoice', '4411', 'cement']);
    assert.equal(screener.stats.textTemplated, 2);
  });
});
