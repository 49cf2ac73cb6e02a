/**
 * Persian final yeh (engine 1.7.0): Persian and Dari write ی for the Arabic ya and for alef maqsura
 * alike (عیسی = عيسى Isa, موسی = موسى Musa), and the normaliser folds ی to ي, so a token that ended in
 * ی carries the alef-maqsura reading (final a) as its alternative form.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { tokenSimilarity } from '../../src/matching/score.js';
import { TOKEN } from '../../src/matching/weights.js';
import { normaliseText, persianYehEndings, splitTokens } from '../../src/names/normalise.js';
import { analyseName } from '../../src/names/tokens.js';

const token = (name: string) => {
  const t = prepareName(name, 0, 0, 'primary', 'good').tokens;
  assert.equal(t.length, 1, name);
  return t[0] as NonNullable<(typeof t)[0]>;
};
const similarity = (a: string, b: string): number => tokenSimilarity(token(a), token(b)).similarity;

describe('Persian final yeh: the alef-maqsura reading', () => {
  it('عیسی (Persian yeh) meets Isa and Eisa better than the same letters with the Arabic ya do', () => {
    const [t] = analyseName('عیسی').tokens;
    assert.equal(t?.folded, analyseName('عيسي').tokens[0]?.folded, 'the fold itself is unchanged');
    assert.equal(t?.alt, analyseName('عيسى').tokens[0]?.folded, 'the alternative is the alef-maqsura spelling');
    for (const latin of ['Isa', 'Eisa', 'Essa']) {
      const persian = similarity('عیسی', latin);
      const arabicYa = similarity('عيسي', latin);
      assert.ok(persian > arabicYa, `${latin}: ${persian} <= ${arabicYa}`);
      // Never better than the word written with alef maqsura, less the alternative form's penalty.
      assert.ok(persian <= similarity('عيسى', latin) - TOKEN.altFormPenalty + 1e-9, latin);
    }
    assert.ok(similarity('عیسی', 'Eisa') >= 0.95);
  });

  it('the other names that end in alef maqsura: Musa, Yahya, Murtaza', () => {
    assert.ok(similarity('موسی', 'Musa') > similarity('موسي', 'Musa'));
    assert.equal(analyseName('یحیی').tokens[0]?.alt, analyseName('يحيى').tokens[0]?.folded);
    assert.equal(analyseName('مرتضی').tokens[0]?.alt, analyseName('مرتضى').tokens[0]?.folded);
  });

  it('an ordinary final ي (علي = Ali) and a written alef maqsura are unchanged', () => {
    for (const arabic of ['علي', 'حقاني', 'عيسى', 'موسى']) assert.equal(analyseName(arabic).tokens[0]?.alt, undefined, arabic);
    assert.equal(similarity('علي', 'Ali'), 1);
    // Persian علی keeps its fold (Ali exactly); the final-a reading is only an alternative.
    assert.equal(analyseName('علی').tokens[0]?.folded, analyseName('علي').tokens[0]?.folded);
    assert.equal(similarity('علی', 'Ali'), 1);
  });

  it('not for stems of fewer than three letters, nor for a fold that is no longer the token\'s own letters', () => {
    // عبدالحی: Abd + al-Hayy; the name part حی has two letters.
    const abd = analyseName('عبدالحی').tokens;
    assert.deepEqual(abd.map((t) => t.role), ['abd', 'name']);
    assert.equal(abd[1]?.alt, undefined);
    // A name joined with a separate Allah (ولی الله = Waliullah) ends in Allah, not in ی.
    const wali = analyseName('ولی الله').tokens;
    assert.equal(wali.length, 1);
    assert.equal(wali[0]?.alt, undefined);
    // The article is not part of the stem: الموسی is al + Musa.
    assert.equal(analyseName('الموسی').tokens[0]?.alt, analyseName('موسى').tokens[0]?.folded);
  });
});

describe('persianYehEndings: which tokens ended in ی before normalisation', () => {
  it('one flag per token of normaliseText, in order, through punctuation, marks, tatweel, invisibles and presentation forms', () => {
    const cases: [string, boolean[]][] = [
      ['محمد عیسی آخوند', [false, true, false]],
      ['Mohammad عیسی-موسي', [false, true, false]],
      ['عـیـسـی، (مرتضی)', [true, true]],
      ['عیسی\u200cزاده علی', [false, true]],
      ['\uFEEB\uFEAA\uFBFC', [true]], // هدی in presentation forms (final yeh U+FBFC)
      ['یحیی‌', [true]],
      ['یوسف', [false]],
    ];
    for (const [text, want] of cases) {
      const got = persianYehEndings(text);
      assert.deepEqual(got, want, text);
      assert.equal(got?.length, splitTokens(normaliseText(text)).length, `${text}: same tokens as normaliseText`);
    }
    assert.equal(persianYehEndings('Isa Musa'), undefined);
    assert.equal(persianYehEndings('عيسى موسي'), undefined);
  });
});
