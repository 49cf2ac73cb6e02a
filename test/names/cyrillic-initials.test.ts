/**
 * names/tokens.ts giveRole (engine 1.39.0): a Cyrillic word of one letter is an initial, read as the
 * first letter of its romanisation (Х is K, Ш is S), as a Latin one is. Russian documents write a
 * person as family name and initials (Умаров Д. Х.); up to 1.38.0 each letter was a one-letter name,
 * so "Умаров Д. Х." scored 0.47 on DOKU KHAMATOVICH UMAROV (QDi.290) where "Umarov D. K." scored 0.87.
 * Without a full stop after it only a consonant that is no word is one: a vowel alone may be a
 * syllable (Korean Ю, У), and и "and", в "in" are words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function roles(name: string): string[] {
  return analyseNameShared(name).tokens.map((t) => `${t.token.text}:${t.token.role}:${t.token.latin}`);
}

describe('Cyrillic initials', () => {
  it('reads a lone Cyrillic letter as an initial of its romanisation\'s first letter', () => {
    assert.deepEqual(roles('Умаров Д. Х.'), ['умаров:name:umarov', 'д:initial:d', 'х:initial:k']);
    assert.deepEqual(roles('Ш.Х.Умаров'), ['ш:initial:s', 'х:initial:k', 'умаров:name:umarov']);
    assert.deepEqual(roles('Бутаев Л. А.'), ['бутаев:name:butayev', 'л:initial:l', 'а:initial:a']);
  });

  it('reads a lone consonant as an initial without a full stop, but not a vowel (a syllable: Korean Yu, U)', () => {
    assert.deepEqual(roles('Бутаев Л А'), ['бутаев:name:butayev', 'л:initial:l', 'а:name:a']);
    assert.deepEqual(roles('Ю Чол У'), ['ю:name:yu', 'чол:name:chol', 'у:name:u']);
  });

  it('reads и and в as initials only when a full stop follows them', () => {
    assert.deepEqual(roles('Иванов И. В.'), ['иванов:name:ivanov', 'и:initial:i', 'в:initial:v']);
    assert.deepEqual(roles('Иванов И.В.'), ['иванов:name:ivanov', 'и:initial:i', 'в:initial:v']);
    assert.equal(roles('Исламское государство Ирака и Леванта')[3], 'и:name:i');
    assert.equal(roles('Салим И Саламуддин')[1], 'и:name:i');
  });

  it('finds QDi.290 from its Russian family name and initials, as from the Latin ones', async () => {
    const engine = await unEngine();
    const cyrillic = engine.screen(q({ name: 'Умаров Д. Х.' }), { limit: 1 })[0];
    const latin = engine.screen(q({ name: 'Umarov D. K.' }), { limit: 1 })[0];
    assert.equal(cyrillic?.referenceNumber, 'QDi.290');
    assert.equal(cyrillic?.match, true);
    assert.equal(cyrillic?.score, latin?.score);
    const alias = engine.screen(q({ name: 'Бутаев Л. А.' }), { limit: 1 })[0];
    assert.equal(alias?.referenceNumber, 'QDi.290');
    assert.equal(alias?.match, true);
  });

  it('does not let an initial pair with a name of another letter', async () => {
    const engine = await unEngine();
    const right = engine.screen(q({ name: 'Умаров Д. Х.' }), { limit: 1 })[0];
    const wrong = engine.screen(q({ name: 'Умаров Б. Ш.' }), { limit: 1, minScore: 0 })[0];
    assert.equal(wrong?.referenceNumber, 'QDi.290');
    assert.equal(wrong?.match, false);
    assert.ok((wrong?.score ?? 1) < (right?.score ?? 0) - 0.2, `${wrong?.score} against ${right?.score}`);
  });
});
