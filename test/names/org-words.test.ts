/**
 * Organisation words across Arabic, English and French (org-words.ts): a translated word carries the
 * English word as its alternative form, so the Arabic and English names of one organisation pair
 * word for word, and such words weigh as little as their English counterparts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatedOrgWord } from '../../src/names/org-words.js';
import { vocabularyClass } from '../../src/names/common-names.js';
import { prepareName } from '../../src/matching/prepared.js';
import { tokenSimilarity } from '../../src/matching/score.js';

const tokens = (name: string) => prepareName(name, -1, 0, 'query', 'good').tokens;

describe('translatedOrgWord', () => {
  it('reads Arabic with or without the article and joined prefixes, and French', () => {
    assert.equal(translatedOrgWord('جماعة'), 'group');
    assert.equal(translatedOrgWord('الجماعة'), 'group');
    assert.equal(translatedOrgWord('الإسلامية'), 'islamic');
    assert.equal(translatedOrgWord('والجهاد'), undefined);
    assert.equal(translatedOrgWord('للصرافة'), 'exchange');
    assert.equal(translatedOrgWord('mouvement'), 'movement');
    assert.equal(translatedOrgWord('bataillon'), 'battalion');
    assert.equal(translatedOrgWord('muhammad'), undefined);
  });

  it('reads the compass points and their adjectives as the points (since 1.70.0)', () => {
    assert.equal(translatedOrgWord('eastern'), 'east');
    assert.equal(translatedOrgWord('الشرقية'), 'east');
    assert.equal(translatedOrgWord('восточного'), 'east');
    assert.equal(translatedOrgWord('western'), 'west');
    assert.equal(translatedOrgWord('occidentale'), 'west');
    assert.equal(translatedOrgWord('northern'), 'north');
    assert.equal(translatedOrgWord('южного'), 'south');
    // The point itself is its own word, with no other reading.
    assert.equal(tokens('East')[0]?.alt, undefined);
    assert.equal(tokens('Eastern')[0]?.alt, tokens('East')[0]?.folded);
  });

  it('does not strip a prefix that leaves too little', () => {
    // ولي (wali) is not و + لي.
    assert.equal(translatedOrgWord('ولي'), undefined);
  });
});

describe('translated names pair word for word', () => {
  it('Arabic group/front/network meet the English words', () => {
    const [group] = tokens('الجماعة');
    const [english] = tokens('group');
    assert.ok(group && english);
    assert.ok(tokenSimilarity(group, english).similarity > 0.9);
    const [front] = tokens('جبهة');
    const [frontEn] = tokens('Front');
    assert.ok(front && frontEn && tokenSimilarity(front, frontEn).similarity > 0.9);
  });

  it('the Arabic word still meets its transliteration', () => {
    const [jamaa] = tokens('جماعة');
    const [latin] = tokens('Jamaa');
    assert.ok(jamaa && latin && tokenSimilarity(jamaa, latin).similarity > 0.8);
  });

  it('translated organisation words are organisation vocabulary (little weight)', () => {
    assert.equal(vocabularyClass('الجماعة', 'aljamaa', 'arabic'), 'org-word');
    assert.equal(vocabularyClass('islamique', 'islamique', 'latin'), 'org-word');
    assert.equal(vocabularyClass('libyen', 'libyen', 'latin'), undefined);
  });
});
