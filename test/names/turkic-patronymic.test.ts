/**
 * names/tokens.ts TURKIC_PATRONYMIC (engine 1.48.0): the Turkic patronymic's "son of" and "daughter
 * of" after the father's name (Azerbaijani oglu, qizi; Russian documents оглы, кызы; Uzbek o'g'li,
 * ўғли; Kyrgyz uulu, kyzy; Kazakh uly) are the nasab's particle and weigh as one. Up to 1.47.0 Ogly
 * was a rare name word: "Famil Sadygov" scored 0.80 against OFAC's "SADYGOV, Famil Kamil Ogly", 0.87
 * against the same name without it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { compareNames } from '../matching/helpers.js';

const roleOf = (name: string, word: number) => analyseName(name).tokens[word]?.role;

describe('Turkic patronymic particles', () => {
  it('reads oglu, ogly, qizi, kyzy, uulu and their Cyrillic and Uzbek spellings as the nasab particle', () => {
    assert.equal(roleOf('Садыгов Фамиль Камиль оглы', 3), 'nasab');
    assert.equal(roleOf('Алиева Севиль Рамиз кызы', 3), 'nasab');
    assert.equal(roleOf("Karimov Aziz Rustam o'g'li", 3), 'nasab');
    assert.equal(roleOf('Ramiz Huseyn oglu Aliyev', 2), 'nasab');
    assert.equal(roleOf('Bakyt Asan uulu', 2), 'nasab');
  });

  it('leaves a Turkish family name in -oglu whole and a name', () => {
    const tokens = analyseName('Mehmet Karaoglu').tokens;
    assert.equal(tokens.length, 2);
    assert.equal(tokens[1]?.role, 'name');
  });

  it('costs a name little where one side writes the patronymic and the other does not', () => {
    const withParticle = compareNames('Famil Sadygov', 'SADYGOV, Famil Kamil Ogly');
    assert.ok(withParticle > 0.85, `${withParticle}`);
    assert.ok(withParticle >= compareNames('Famil Sadygov', 'SADYGOV, Famil bin Kamil') - 1e-9);
    assert.ok(compareNames('Sadygov Famil Kamil ogly', 'Sadygov Famil') > 0.75);
    assert.ok(compareNames('Садыгов Фамиль Камиль оглы', 'SADYGOV, Famil Kamil Ogly') > 0.95);
  });
});
