/**
 * Engine 1.128.0, numbers in names (names/distinct-names.ts numberClass): two different numbers are
 * two names, not two spellings, and a name pair that leaves a different number unpaired on each
 * side is charged at NAME.differentNumberWeight. On the real OFAC SDN file of 2024-05-03 the bodies
 * told apart by their number alone alerted on each other: SYRIAN MILITARY INTELLIGENCE BRANCH 216 on
 * BRANCH 215 at 0.69 (216 met 215 as a spelling), the 33RD LIGHT INFANTRY DIVISION OF THE BURMESE
 * ARMY on the 99th at 0.70, LIMITED LIABILITY COMPANY NEW DECISIONS 1 on NEW DECISIONS 3 at 0.64.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctNamesApart, distinctNamesOf, numberClass } from '../../src/names/distinct-names.js';
import { assertOfacOrgScores, ofac2024Engine, q } from './helpers.js';

const org = (name: string) => q({ schema: 'Organization', name });

test('a number, alone or as an ordinal, is a class of its own; two numbers are apart', () => {
  assert.equal(numberClass('33rd'), numberClass('33'));
  assert.notEqual(numberClass('33rd'), numberClass('3rd'));
  assert.equal(numberClass('ahmad'), 0);
  assert.equal(numberClass('b2'), 0);
  assert.equal(numberClass('1234567890'), 0);
  assert.ok(distinctNamesApart(numberClass('215'), numberClass('216')));
  assert.ok(!distinctNamesApart(numberClass('007'), numberClass('7')));
  assert.deepEqual(distinctNamesOf(numberClass('99th')), ['99']);
});

test('on the OFAC list bodies told apart by their number no longer alert on each other', async () => {
  const threshold = (await ofac2024Engine()).defaultThreshold;
  await assertOfacOrgScores([
    ['SYRIAN MILITARY INTELLIGENCE BRANCH 216', 'SYRIAN MILITARY INTELLIGENCE BRANCH 215 - RAIDS'],
    ['33RD LIGHT INFANTRY DIVISION OF THE BURMESE ARMY', '99TH LIGHT INFANTRY DIVISION OF THE BURMESE ARMY'],
    ['LIMITED LIABILITY COMPANY NEW DECISIONS 1', 'LIMITED LIABILITY COMPANY NEW DECISIONS 3'],
  ], (score) => score < threshold);
});

test('the same number, or a number on one side only, still matches; the explanation names the numbers', async () => {
  const threshold = (await ofac2024Engine()).defaultThreshold;
  await assertOfacOrgScores([
    ['Syrian Military Intelligence Branch 215', 'SYRIAN MILITARY INTELLIGENCE BRANCH 215 - RAIDS'],
    ['99th Light Infantry Division', '99TH LIGHT INFANTRY DIVISION OF THE BURMESE ARMY'],
    ['Constello Inc', 'CONSTELLO NO. 1 CORPORATION'],
  ], (score) => score >= threshold);
  // Down to 0.05: since 1.147.0 "branch" weighs as an organisation word, and the other branch scores 0.13.
  const m = (await ofac2024Engine()).screen(org('SYRIAN MILITARY INTELLIGENCE BRANCH 216'), { limit: 20, threshold: 0.05 }).find((x) => x.caption === 'SYRIAN MILITARY INTELLIGENCE BRANCH 215 - RAIDS');
  assert.ok(m !== undefined);
  const charged = m.explanation.name?.tokens.find((t) => t.kind === 'unmatched-query' && t.query.some((x) => x.text === '216'));
  assert.ok((charged?.weight ?? 0) >= 20, JSON.stringify(charged));
});
