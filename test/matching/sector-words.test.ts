/**
 * Engine 1.127.0, the words of an organisation's name that say its trade or the kind of body it is
 * (matching/sector-words.ts): beside a word of the name's own, a sector word's pairing is capped as
 * a place's (score.ts pairUp), unless another pairing holds a word of either name's own; a pairing
 * of an initial with a word is no such pairing. On the real OFAC SDN file of 2024-05-03, HASSAN DRUG
 * TRAFFICKING ORGANIZATION alerted at 0.70 on ZHENG DRUG TRAFFICKING ORGANIZATION, MINISTRY OF STATE
 * SECURITY at 0.66 on the Ministry of People's Security, KAIRABA SUPERMARKET at 0.64 on D'S
 * SUPERMARKET COMPANY, AFRICADA INSURANCE COMPANY at 0.69 on TRUST INSURANCE S.A.L. (its own word met
 * the initial A of S.A.L.).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import { prepareName } from '../../src/matching/prepared.js';
import { WEIGHT } from '../../src/matching/weights.js';
import { assertOfacOrgScores, candidateOn, ofac2024Engine, q } from './helpers.js';

const org = (name: string) => q({ schema: 'Organization', name });

/** An engine over no list: every word weighs alike, so only the rules decide (the pairs compared below). */
const EMPTY = MatchEngine.build([], { listVersions: [] });
const orgScore = (a: string, b: string) => EMPTY.compare(org(a), org(b)).score;

function classes(name: string, organisation: boolean): (string | undefined)[] {
  return prepareName(name, 0, 0, 'query', 'good', undefined, undefined, organisation).tokens.map((t) => t.vocabulary);
}

test('a sector word is read so only in an organisation\'s name that holds a word of its own', () => {
  assert.deepEqual(classes('Kairaba Supermarket', true), [undefined, 'sector-word']);
  assert.deepEqual(classes('Завод Прогресс', true), ['sector-word', undefined]);
  // A person's name: Plant is a family name.
  assert.deepEqual(classes('Robert Plant', false), [undefined, undefined]);
  // A name of such words alone: they are the name.
  assert.deepEqual(classes('Ministry of Defence', true), [undefined, 'stop-word', undefined]);
  assert.deepEqual(classes('Hong Kong Electronics', true), ['place-word', 'place-word', undefined]);
});

test('on the OFAC list two bodies of one trade and different names no longer alert on each other', async () => {
  const threshold = (await ofac2024Engine()).defaultThreshold;
  await assertOfacOrgScores([
    ['HASSAN DRUG TRAFFICKING ORGANIZATION', 'ZHENG DRUG TRAFFICKING ORGANIZATION'],
    ['MINISTRY OF STATE SECURITY', "MINISTRY OF PEOPLE'S SECURITY"],
    ['KAIRABA SUPERMARKET', "D'S SUPERMARKET COMPANY LTD."],
    ['AFRICADA INSURANCE COMPANY', 'TRUST INSURANCE S.A.L.'],
    ['GUANGZHOU AUSAY TECHNOLOGY CO., LIMITED', 'NEW IDEA GUANGZHOU TECHNOLOGY CO. LTD.'],
  ], (score) => score < threshold);
});

test('a shared name of their own keeps the match, and the trade\'s words of a name made of them still find it', async () => {
  const threshold = (await ofac2024Engine()).defaultThreshold;
  await assertOfacOrgScores([
    ['FLORES DRUG TRAFFICKING ORGANIZATION', 'MEZA FLORES DRUG TRAFFICKING ORGANIZATION'],
    ['Khouzestan Petrochemical', 'KHOUZESTAN PETROCHEMICAL COMPANY'],
    ['Military Security Bureau', 'MILITARY SECURITY COMMAND'],
    ['Iran Insurance Company', 'BIMEH IRAN INSURANCE COMPANY (U.K.) LIMITED'],
  ], (score) => score >= threshold);
});

test('a sector word left unpaired still weighs as a name; a capped pairing is explained at its capped weight', async () => {
  // The trade differing is a difference: a pharmaceuticals firm is not Fajr Industrial Group (UN IRe.017).
  const fajr = await candidateOn(org('Fajr Pharmaceuticals Limited'), 'IRe.017');
  assert.ok((fajr?.score ?? 0) < 0.64, `${fajr?.score}`);
  const m = (await ofac2024Engine()).screen(org('HASSAN DRUG TRAFFICKING ORGANIZATION'), { limit: 20, threshold: 0.3 }).find((x) => x.caption === 'ZHENG DRUG TRAFFICKING ORGANIZATION');
  assert.ok(m !== undefined);
  const drug = m.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'drug'));
  assert.equal(drug?.weight, WEIGHT.sectorWord);
  const hassan = m.explanation.name?.tokens.find((t) => t.kind === 'unmatched-query');
  assert.ok((hassan?.weight ?? 0) > WEIGHT.sectorWord);
});

test('Russian insurers and lessors of different banks do not meet on their trade\'s words (1.140.0)', () => {
  // OFAC's non-SDN file of 2026-01-08 lists Sberbank's and VTB's insurers; before 1.140.0 the two
  // met at 0.65 on STRAKHOVAYA ... STRAKHOVANIE, and two lessors at 0.38 on LIZING.
  assert.deepEqual(classes('Strakhovaya Kompaniya Sberbank Strakhovanie', true), ['sector-word', 'sector-word', undefined, 'sector-word']);
  assert.ok(orgScore('STRAKHOVAYA KOMPANIYA SBERBANK STRAKHOVANIE', 'STRAKHOVAYA KOMPANIYA VTB STRAKHOVANIE') < 0.3);
  assert.ok(orgScore('Sberbank Lizing', 'VTB Lizing') < 0.2);
  // The bank's own name still finds its insurer, the trade's word in English or Russian its lessor.
  assert.ok(orgScore('Sberbank Strakhovanie', 'STRAKHOVAYA KOMPANIYA SBERBANK STRAKHOVANIE') > 0.6);
  assert.ok(orgScore('VTB Leasing', 'VTB LIZING') > 0.7);
});

test('two names that only look alike do not spare the shared trade its cap; a misspelt name still does (1.141.0)', async () => {
  const threshold = (await ofac2024Engine()).defaultThreshold;
  // Different firms of the OFAC SDN file of 2024-05-03: before 1.141.0 vtb~veb (0.6) and
  // karoun~marun counted as the names' own words paired, and LEASING and PETROCHEMICAL weighed in full.
  await assertOfacOrgScores([
    ['VTB LEASING JOINT STOCK COMPANY', 'VEB LEASING OJSC'],
    ['KAROUN PETROCHEMICAL COMPANY', 'MARUN PETROCHEMICAL COMPANY'],
    ['MARJAN PETROCHEMICAL COMPANY', 'MARUN PETROCHEMICAL COMPANY'],
  ], (score) => score > 0 && score < threshold);
  await assertOfacOrgScores([
    ['KAROON PETROCHEMICAL COMPANY', 'KAROUN PETROCHEMICAL COMPANY'],
    ['MAROON PETROCHEMICAL', 'MARUN PETROCHEMICAL COMPANY'],
    ['KAVYAN PETROCHEMICAL', 'KAVIAN PETROCHEMICAL COMPANY'],
  ], (score) => score >= 0.8);
});

test('pension funds and grain elevators of different names do not meet on their trade (1.141.0)', () => {
  // OFAC's non-SDN file of 2026-01-08: Sberbank's and Transneft's pension funds, two elevators.
  assert.ok(orgScore('NEGOSUDARSTVENNY PENSIONNY FOND SBERBANKA', "AKTSIONERNOE OBSHCHESTVO 'NEGOSUDARSTVENNY PENSIONNY FOND 'TRANSNEFT'") < 0.3);
  // With no list behind it every word weighs alike, so the fuzzy pair of names still counts (0.59).
  assert.ok(orgScore('EYANSKI ELEVATOR, OAO', 'UMANSKI ELEVATOR, OAO') < EMPTY.defaultThreshold);
  assert.ok(orgScore("OPEN JOINT STOCK COMPANY 'UMANSKIY ELEVATOR'", 'UMANSKI ELEVATOR, OAO') > 0.8);
});
