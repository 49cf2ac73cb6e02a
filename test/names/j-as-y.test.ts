/**
 * A Latin word written with j for y, as German, South Slavic and Albanian spellings write it
 * (tokens.ts jAsYReading, since 1.69.0), carries the reading with y as its alternative form.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';

const token = (name: string) => analyseName(name).tokens[0];

test('a j inside a word before a vowel, and one starting it, are read y', () => {
  // Jahja's alternative form is Yahya's fold; Ajjub's is Ayyub's; Marjam's Maryam's.
  assert.equal(token('Jahja')?.alt, token('Yahya')?.folded);
  assert.equal(token('Ajjub')?.alt, token('Ayyub')?.folded);
  assert.equal(token('Marjam')?.alt, token('Maryam')?.folded);
});

test('a word whose only j starts it, or writes the English j with d, gets no reading', () => {
  // One j for y is a substitution the distance already forgives (Jusuf ~ Yusuf).
  assert.equal(token('Jusuf')?.alt, undefined);
  assert.equal(token('Jamal')?.alt, undefined);
  assert.equal(token('Djamel')?.alt, undefined);
  // An -at word keeps the slot for its stem without t (Jumhat, Hayat; Jabhat until 1.104.0, since
  // then read as the English front, names/org-words.ts).
  assert.equal(token('Jumhat')?.alt, token('Jumha')?.folded);
});
