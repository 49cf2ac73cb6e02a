/**
 * analyseName reads a name piece by piece (src/names/name-pieces.ts), each piece's words kept in a
 * memo, and shares one token among the names holding it (tokens.ts finishedToken). These tests check
 * the two promises that rest on: a name cut at its spaces gives, piece by piece, the tokens the
 * whole name gives (on random texts and on the characters that look across a space), and a shared
 * token or memo entry never carries what a caller writes to its own copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { BoundedMemo } from '../../src/names/bounded-memo.js';
import { nameText, pieceText, pieceWords, wholeNameRead } from '../../src/names/name-pieces.js';
import { persianYehEndings, splitTokens } from '../../src/names/normalise.js';
import { analyseName } from '../../src/names/tokens.js';
import { randomNames } from './analysis-snapshot.js';

/** Tokens of a text and whether each ended in Persian yeh, as analyseName read them before pieces. */
function words(full: string, read = nameText): { normalised: string; words: [string, boolean][] } {
  const { split, normalised } = read(full);
  const raws = splitTokens(normalised);
  const yeh = persianYehEndings(split);
  // persianYehEndings promises the same tokens: analyseName's length check only guards it.
  if (yeh !== undefined) assert.equal(yeh.length, raws.length, JSON.stringify(full));
  return { normalised, words: raws.map((r, k) => [r, yeh?.[k] === true]) };
}

/** The same, piece by piece (the normalised text from the memo, as analyseName reads it). */
function byPieces(full: string): { normalised: string; words: [string, boolean][] } {
  const texts: string[] = [];
  const all: [string, boolean][] = [];
  // The steps that read the whole name (wholeNameRead: turkishSpelling, withoutConjunctionY) come before the name is cut.
  for (const piece of wholeNameRead(full).split(' ')) {
    if (piece === '') continue;
    const read = words(piece, pieceText);
    assert.equal(pieceWords(piece).normalised, read.normalised);
    if (read.normalised !== '') texts.push(read.normalised);
    all.push(...read.words);
  }
  return { normalised: texts.join(' '), words: all };
}

/** Texts whose characters next to a space are the ones a normalisation step could read across it. */
const ACROSS_A_SPACE = [
  'Ali \u0301Hassan', // a combining mark right after the space
  'ΟΔΥΣΣΕΥΣ ΣΑΣ', // Greek final sigma before a space and at the end
  'ΣΑΣ Σ ΣΑΣ',
  'Abu \u064EAhmad', // an Arabic mark opening a piece
  'al \u0640Rahman', // a tatweel opening a piece
  'Ahmad Mc Donald', // Mc after a space
  'John McDonald', // Mc glued
  'x MacArthur', //
  'abdul AlQaida', // a capital split inside a piece
  'a\u00A0b c', // a no-break space inside a piece (NFKC makes it a space)
  'عیسی موسی', // Persian yeh endings in two pieces
  'عیسی Musa', // one piece with, one without
  'Ali - Hassan', // a piece of separators alone
  'Perez y Garcia', // the conjunction y, read across its spaces (since 1.101.0)
  'Perez  Y\tGarcia',
  "O' Brien", // an apostrophe ending a piece
  'ﷲ ﻻ', // presentation forms
  ' leading and trailing ',
  'double  space',
  '\tTab\tinside ',
];

describe('name pieces', () => {
  it('read piece by piece, a name gives the tokens and normalised text it gives whole', () => {
    for (const full of [...ACROSS_A_SPACE, ...randomNames(5000, 'name-pieces-v1')]) {
      const whole = words(full);
      const pieces = byPieces(full);
      assert.equal(pieces.normalised, whole.normalised, JSON.stringify(full));
      assert.deepEqual(pieces.words, whole.words, JSON.stringify(full));
      assert.equal(analyseName(full).normalised, whole.normalised, JSON.stringify(full));
    }
  });

  it('gives each prepared name tokens of its own: a weight or keys written to one reach no other', () => {
    const a = prepareName('Abu Bakr al-Baghdadi', -1, 0, 'query', 'good');
    const b = prepareName('Abu Bakr al-Baghdadi', -1, 0, 'query', 'good');
    assert.notEqual(a.tokens[1], b.tokens[1]);
    (a.tokens[1] as { weight: number }).weight = 7;
    a.tokens[1]!.keys = ['k:x'];
    a.tokens[1]!.id = 3;
    const c = prepareName('Bakr Baghdadi', -1, 0, 'query', 'good');
    for (const t of [b.tokens[1]!, c.tokens[0]!]) {
      assert.equal(t.folded, a.tokens[1]!.folded);
      assert.equal(t.weight, 0);
      assert.equal(t.keys, undefined);
      assert.equal(t.id, -1);
    }
  });

  it('shares one analysed token among the names holding the same word in the same state', () => {
    const first = analyseName('Hassan Ali').tokens;
    const second = analyseName('Ali Hassan').tokens;
    assert.equal(first[0], second[1]);
    // After the article the same word is a nisba: another state, another token.
    const nisba = analyseName('Omar al Hassan').tokens[1];
    assert.equal(nisba?.role, 'nisba');
    assert.notEqual(nisba, first[0]);
  });
});

describe('BoundedMemo', () => {
  it('forgets everything once it holds its limit, and keeps what it learns after', () => {
    const memo = new BoundedMemo<string, number>(3);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    assert.equal(memo.get('a'), 1);
    memo.set('d', 4);
    assert.equal(memo.size, 1);
    assert.equal(memo.get('a'), undefined);
    assert.equal(memo.get('d'), 4);
  });
});
