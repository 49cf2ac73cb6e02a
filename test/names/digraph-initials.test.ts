/**
 * names/name-pieces.ts DIGRAPH_INITIALS and tokens.ts giveRole (engine 1.82.0): a Latin digraph that
 * romanises one Russian letter, written with a full stop (Kh., Sh., Yu.), is the initial of its first
 * letter, as the Cyrillic initial it romanises is. Russian documents write a person as family name
 * and initials (Умаров Д.Х.), and their romanisation keeps the digraph: up to 1.81.0 "Umarov D.Kh."
 * scored 0.6754 on DOKU KHAMATOVICH UMAROV (QDi.290), where "Умаров Д.Х." and "Umarov D.K." scored 0.8707.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

const roles = (name: string) => analyseName(name).tokens.map((t) => `${t.latin}:${t.role}`);

describe('romanised Cyrillic initials written as digraphs', () => {
  it('reads a dotted digraph as the initial of its first letter', () => {
    assert.deepEqual(roles('Umarov D.Kh.'), ['umarov:name', 'd:initial', 'k:initial']);
    assert.deepEqual(roles('Yu. Sh. Petrov'), ['y:initial', 's:initial', 'petrov:name']);
    assert.deepEqual(roles('Umarov D.Kh.'), roles('Умаров Д.Х.'));
  });

  it('leaves the same letters without a full stop, and other dotted words, as they were', () => {
    assert.deepEqual(roles('Kh Umarov'), ['kh:name', 'umarov:name']);
    assert.deepEqual(roles('Khan. Umarov'), ['khan:name', 'umarov:name']);
    assert.deepEqual(roles('Zakh. Umarov'), ['zakh:name', 'umarov:name']);
  });

  it('finds DOKU KHAMATOVICH UMAROV (QDi.290) from his family name and romanised initials as from the Cyrillic', async () => {
    const engine = await unEngine();
    const [latin] = engine.screen(q({ schema: 'Person', name: 'Umarov D.Kh.' }), { limit: 1 });
    const [cyrillic] = engine.screen(q({ schema: 'Person', name: 'Умаров Д.Х.' }), { limit: 1 });
    assert.equal(latin?.referenceNumber, 'QDi.290');
    assert.equal(latin.score, cyrillic?.score);
    assert.ok(latin.match);
  });
});
