/**
 * names/tokens.ts (engine 1.6.0): the article's hyphen typed one letter late (alK-awari for
 * al-Kawari) is read as the article and the name it cut.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';

const roles = (name: string): string => analyseName(name).tokens.map((t) => `${t.role}:${t.latin}`).join(' ');

describe('the article hyphen one letter late', () => {
  it('gives the same tokens as the hyphen in its place', () => {
    assert.equal(roles('Abu Ali alK-awari'), roles('Abu Ali al-Kawari'));
    assert.equal(roles('Abu Ali alK-awari'), 'kunya:abu name:ali nisba:kawari');
  });

  it('leaves names that look like it alone', () => {
    // Alf and Alp are names; a name after it that starts with a consonant is not a cut one.
    assert.equal(roles('Alf Ahmed'), 'name:alf name:ahmed');
    assert.equal(roles('Alp Arslan'), 'name:alp name:arslan');
    assert.equal(roles('Alk Bakr'), 'name:alk name:bakr');
  });
});
