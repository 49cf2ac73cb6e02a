import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHangulWord, romaniseHangulSyllable, romaniseHangulWord } from '../../src/names/korean.js';
import { analyseName } from '../../src/names/tokens.js';

test('Hangul syllables as the UN writes the DPRK names: McCune-Reischauer without marks, initial r', () => {
  const cases: [string, string][] = [
    ['황', 'hwang'], ['석', 'sok'], ['화', 'hwa'], ['리', 'ri'], ['류', 'ryu'], ['백', 'paek'], ['경', 'kyong'],
    ['은', 'un'], ['최', 'choe'], ['의', 'ui'], ['철', 'chol'], ['김', 'kim'], ['박', 'pak'], ['정', 'chong'], ['혁', 'hyok'],
  ];
  for (const [hangul, latin] of cases) assert.equal(romaniseHangulSyllable(hangul), latin, hangul);
});

test('a name is read syllable by syllable, as the list writes it; a longer word whole', () => {
  assert.deepEqual(romaniseHangulWord('황석화'), [{ text: '황', latin: 'hwang' }, { text: '석', latin: 'sok' }, { text: '화', latin: 'hwa' }]);
  assert.deepEqual(romaniseHangulWord('조선광업개발'), [{ text: '조선광업개발', latin: 'chosonkwangopkaepal' }]);
  assert.ok(isHangulWord('김정은'));
  assert.ok(!isHangulWord('김a'));
  assert.ok(!isHangulWord(''));
  // The listed HWANG SOK-HWA and the Hangul 황석화 are the same three words.
  assert.deepEqual(analyseName('황석화').tokens.map((t) => t.latin), analyseName('HWANG SOK-HWA').tokens.map((t) => t.latin));
});

test('a Korean syllable has one key however it is romanised, and two syllables a letter apart have two', async () => {
  const { koreanSyllableKey: key } = await import('../../src/names/korean.js');
  for (const same of [['chol', 'chul', 'cheol'], ['song', 'sung', 'seong'], ['ri', 'lee', 'yi', 'i'], ['pak', 'park', 'bak'], ['choe', 'choi'], ['jong', 'chong']]) {
    assert.equal(new Set(same.map(key)).size, 1, same.join(' '));
  }
  for (const [a, b] of [['choe', 'chae'], ['kil', 'il'], ['pang', 'jang'], ['sim', 'kim'], ['hyon', 'yon']] as const) assert.notEqual(key(a), key(b), `${a} ${b}`);
  // Not one Korean syllable.
  for (const w of ['ahmad', 'ali', 'omar', 'sokhwa']) assert.equal(key(w), undefined, w);
});

test('two Korean names differ when each holds a syllable the other lacks, its opening told apart', async () => {
  const { koreanNameKeys: keys, koreanSyllablesDiffer: differ } = await import('../../src/names/korean.js');
  const k = (name: string) => keys(name.split(' ')) as string[];
  assert.ok(differ(k('pang sung nam'), k('jang sung nam')));
  assert.ok(differ(k('kim chol su'), k('kim chol nam')));
  // Order, romanisation, a given name left out, a slip in a syllable's final: one name.
  assert.ok(!differ(k('nam chol kim'), k('kim chol nam')));
  assert.ok(!differ(k('kim chul nam'), k('kim chol nam')));
  assert.ok(!differ(k('kim chol'), k('kim chol nam')));
  assert.ok(!differ(k('kim kwan il'), k('kim kwang il')));
  assert.equal(keys(['abu', 'bakr']), undefined);
  assert.equal(keys(['kim']), undefined);
});
