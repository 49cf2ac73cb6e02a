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
