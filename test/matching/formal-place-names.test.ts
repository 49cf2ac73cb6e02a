/**
 * Engine 1.132.0, countries in organisations' names. (1) A country's formal name is read short
 * beside the name as written (matching/formal-place-names.ts): "Iran Shipping Lines" met ISLAMIC
 * REPUBLIC OF IRAN SHIPPING LINES (OFAC SDN 25396) at 0.596 and "Iran Air Force" ISLAMIC REPUBLIC OF
 * IRAN AIR FORCE at 0.61, under the threshold. (2) Two places of different countries are no pair,
 * and left unpaired one each they are charged as a conflict (matching/place-conflict.ts): "Iran Air
 * Force" met SYRIAN AIR FORCE at 0.77, Iran paired with Syrian as a spelling. On the real OFAC SDN
 * file of 2024-05-03.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formalPlacesShortened } from '../../src/matching/formal-place-names.js';
import { organisationReadings } from '../../src/matching/organisation-readings.js';
import { placesApart } from '../../src/matching/place-conflict.js';
import { prepareName, type PreparedToken } from '../../src/matching/prepared.js';
import { ofacOrgScore } from './helpers.js';

const THRESHOLD = 0.64;

function orgToken(name: string, text: string): PreparedToken {
  const t = prepareName(name, 0, 0, 'primary', 'good', undefined, undefined, true).tokens.find((x) => x.text === text);
  assert.ok(t, `${text} in ${name}`);
  return t;
}

describe("a country's formal name in an organisation's name", () => {
  it('is read short where the short name is the same country', () => {
    assert.equal(formalPlacesShortened('ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'), 'IRAN SHIPPING LINES');
    assert.equal(formalPlacesShortened('CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN'), 'CENTRAL BANK OF IRAN');
    assert.equal(formalPlacesShortened('STATE SECURITY COMMITTEE OF THE REPUBLIC OF BELARUS'), 'STATE SECURITY COMMITTEE OF BELARUS');
    assert.equal(formalPlacesShortened('Embassy of the Kingdom of Saudi Arabia'), 'Embassy of Saudi Arabia');
    assert.equal(formalPlacesShortened('Republic of the Congo Mining'), 'Congo Mining');
  });

  it('is left as written where the short name is another country, no country, or no prefix stands', () => {
    for (const name of [
      'Democratic Republic of the Congo Mining',
      'Bank of the Republic of China',
      "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
      'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA',
      'ARMY OF THE REPUBLIC OF ILIRIDA',
      'UNION OF GOOD',
      'ISLAMIC STATE OF IRAQ AND THE LEVANT',
    ]) {
      assert.equal(formalPlacesShortened(name), undefined, name);
    }
  });

  it('is a reading beside the name as written, not in its place', () => {
    assert.deepEqual(organisationReadings(['ISLAMIC REPUBLIC OF IRAN SHIPPING LINES']), ['IRAN SHIPPING LINES']);
    assert.deepEqual(organisationReadings(['IRAN SHIPPING LINES']), []);
  });

  it('finds the Iranian state bodies by their short names (OFAC SDN 2024)', async () => {
    for (const [query, listed] of [
      ['Iran Shipping Lines', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'],
      ['Iran Shipping Lines Investment', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES INVESTMENT'],
      ['Iran Air Force', 'ISLAMIC REPUBLIC OF IRAN AIR FORCE'],
      ['Iran Broadcasting', 'ISLAMIC REPUBLIC OF IRAN BROADCASTING'],
      // The name as written keeps its acronym and its full match.
      ['IRISL', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'],
      ['Islamic Republic of Iran Shipping Lines', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'],
    ]) {
      const score = await ofacOrgScore(query as string, listed as string);
      assert.ok(score >= 0.8 || (query === 'IRISL' && score >= THRESHOLD), `${query} on ${listed}: ${score}`);
    }
  });
});

describe('two countries in two organisations’ names', () => {
  it('are no pair of places; a country and its people are one', () => {
    assert.equal(placesApart(orgToken('IRAN AIR FORCE', 'iran'), orgToken('SYRIAN AIR FORCE', 'syrian')), true);
    assert.equal(placesApart(orgToken('IRAN AIR FORCE', 'iran'), orgToken('IRANIAN AIR FORCE', 'iranian')), false);
    assert.equal(placesApart(orgToken('IRAN AIR FORCE', 'force'), orgToken('SYRIAN AIR FORCE', 'force')), false);
  });

  it("no longer make one state's body alert on another's (OFAC SDN 2024)", async () => {
    for (const [query, listed] of [
      ['Iran Air Force', 'SYRIAN AIR FORCE'],
      ['Syrian Air Force', 'ISLAMIC REPUBLIC OF IRAN AIR FORCE'],
      ['JOINT STOCK COMPANY RUSSIAN COPPER COMPANY', 'NATIONAL IRANIAN COPPER INDUSTRIES COMPANY'],
    ]) {
      const score = await ofacOrgScore(query as string, listed as string);
      assert.ok(score < THRESHOLD, `${query} on ${listed}: ${score}`);
    }
    assert.ok((await ofacOrgScore('Iranian Air Force', 'ISLAMIC REPUBLIC OF IRAN AIR FORCE')) >= THRESHOLD);
    assert.ok((await ofacOrgScore('Syrian Air Force', 'SYRIAN AIR FORCE')) >= THRESHOLD);
  });
});
