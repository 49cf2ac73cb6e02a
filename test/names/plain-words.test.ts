/**
 * analyseNameShared (what prepareName reads) takes a short way for a name none of whose words a
 * structure rule can touch (tokens.ts plainToken): each word's token kept with the word, no drafts,
 * no applyStructure. These names put a word that sets off each rule (a title, an article in every
 * form, a kunya glued to its article, an Abd in every form and script, Allah after an Arabic-script
 * name, the article's hyphen typed late or early) alone, first, last and between plain words, and
 * beside the plain particles (kunya, nasab, initials): the short way must give exactly the tokens and
 * titles of analyseName, which always runs the rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearProcessMemos } from '../../src/names/bounded-memo.js';
import { analyseName, analyseNameShared } from '../../src/names/tokens.js';

const TRIGGERS = [
  'Sheikh', 'Dr.', 'Mullah', 'الشيخ', 'Hajji', 'alK-awari', 'elB-akr', 'Agbdul Aziz', 'Adbul Rahman', 'ABDYUL Karim',
  'al', 'el-Masri', 'Abu l-Fadl', 'L. Elan', 'ar Rahman', 'as-Samarrai', 'ash Shami', 'ad Din', 'Abul Hassan', 'Abil Qasim',
  'Abdul Rahman', 'Abd al-Rahman', 'Abdel Rahman', 'عبد الرحمن', 'Abdi Rahman', 'Abdo Aziz', 'Abdou', 'Abd', 'عبدالرحمن',
  'عبدالله', 'عبدالحی', 'Abdulrahman', 'Abdullahi', 'Abdoulaye', 'Abdilkah', 'ABDSLLAH', 'Abd El Ilkah', 'ثناء الله',
  'حمید الله', 'الله', 'Abd-a-lKarim', 'Abd-e-lkarim', 'Abd Ale-Hadi', 'Абдуллах', 'Абдул Рахман', 'Abdallah',
];
const PLAIN = [
  'Ahmad', 'Abu Bakr', 'bin Laden', 'Umm Kulthum', 'أبو بكر', 'بن لادن', 'A. Khan', 'M', 'البغدادي', 'Islamic State', 'جبهة',
  'موسی', 'عیسی', 'Alrawi', 'Hajisalam', 'Иван Петров', 'Ali', 'ibn', 'Ahmed Al', 'Rahman',
];

function same(name: string): void {
  const shared = analyseNameShared(name);
  const whole = analyseName(name);
  assert.deepEqual(JSON.stringify(shared.tokens.map((t) => t.token)), JSON.stringify(whole.tokens), name);
  assert.deepEqual(shared.titles, whole.titles, name);
}

describe('plain words take the short way to the same tokens', () => {
  it('for every rule-setting word among plain words, in every position', () => {
    for (const order of [0, 1]) {
      clearProcessMemos();
      const names: string[] = [];
      for (const p of PLAIN) names.push(p, `${p} ${p}`);
      for (const w of TRIGGERS) for (const p of PLAIN) names.push(w, `${p} ${w}`, `${w} ${p}`, `${p} ${w} ${p}`, `${w} ${w} ${p}`);
      // Plain names first, then the others; and the other way round (the tokens kept with the words differ).
      if (order === 1) names.reverse();
      for (const n of names) same(n);
    }
  });

  it('a plain word in a plain name and in a name the rules ran over is the one shared token', () => {
    clearProcessMemos();
    const plain = analyseNameShared('Ahmad Khan').tokens[0];
    const ruled = analyseNameShared('Sheikh Ahmad').tokens[0];
    assert.equal(plain?.token.text, 'ahmad');
    assert.equal(plain, ruled);
  });
});
