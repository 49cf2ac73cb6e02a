/**
 * Engine 1.105.0: the Arabic, Urdu and Persian words of listed groups' names as the lists
 * transliterate them (Jaysh, Jabhat, Katibat, Tanzim, Wilayat, Tehrik ...) carry the English word as
 * their alternative form (names/org-words.ts), so a group's transliterated name meets its English
 * one word for word. Real UN records; the leave-one-out cases remove the alias the query writes, as
 * the evaluation's un-alias-loo set does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import { analyseName } from '../../src/names/tokens.js';
import { phoneticFold } from '../../src/names/keys.js';
import { candidateOn, q, unEngine, unParties } from './helpers.js';

const org = (name: string) => q({ schema: 'Organization', name });

/** The UN list with the named alias of one party left out. */
async function engineWithout(ref: string, alias: string): Promise<MatchEngine> {
  const parties = (await unParties()).map((p) => (p.referenceNumber === ref ? { ...p, names: p.names.filter((n) => n.full !== alias) } : p));
  const held = parties.find((p) => p.referenceNumber === ref);
  assert.ok(held && held.names.length < (await unParties()).find((p) => p.referenceNumber === ref)!.names.length, `${ref} holds ${alias}`);
  return MatchEngine.build(parties, { listVersions: [{ source: 'un-without-alias', hash: 'test' }] });
}

test('a group\'s English name meets its transliterated one when the list holds only that', async () => {
  // Up to 1.104.0 each scored under the threshold against the record without the alias written.
  const cases: [ref: string, alias: string][] = [
    ['QDe.155', 'Khalid ibn al-Walid Army'], // 0.5665: met only through Jaysh Khalid Ibn al Waleed
    ['QDe.129', 'Tanzim Qa’idat al-Jihad fi Jazirat al-Arab'], // 0.525: Al-Qaida in the Arabian Peninsula
  ];
  for (const [ref, alias] of cases) {
    const engine = await engineWithout(ref, alias);
    const [top] = engine.screen(org(alias), { limit: 1 });
    assert.equal(top?.referenceNumber, ref, alias);
    assert.ok(top?.match, `${alias}: ${top?.score}`);
  }
});

test('the English name of a battalion listed by its transliterated name alerts', async () => {
  // KHATIBA IMAM AL-BUKHARI (QDe.158): 0.5835 up to 1.104.0.
  const engine = await unEngine();
  const [top] = engine.screen(org('Imam Bukhari Battalion'), { limit: 1 });
  assert.equal(top?.referenceNumber, 'QDe.158');
  assert.ok((top?.score ?? 0) >= engine.defaultThreshold, `${top?.score}`);
  const battalion = top?.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'battalion'));
  assert.equal(battalion?.listed[0]?.text, 'khatiba');
});

test('the transliterated words carry their English word and keep their own weight', () => {
  const alt = (w: string) => analyseName(w).tokens[0]?.alt;
  assert.equal(alt('Jaysh'), phoneticFold('army'));
  assert.equal(alt('Lashkar'), phoneticFold('army'));
  assert.equal(alt('Wilayat'), phoneticFold('province'));
  assert.equal(alt('Tehreek'), phoneticFold('movement'));
  // Not group nor Islamic: Jamaat keeps its construct-state reading, Islamiyah its pausal one.
  assert.equal(alt('Jamaat'), 'jama');
  assert.equal(alt('Islamiyah'), 'islamiya');
});

test('an unlisted party whose name means what a listed group\'s means, in another language, does not alert on it', async () => {
  // Jamaat-e-Islami (Pakistan, Bangladesh) against JEMAAH ISLAMIYAH: 0.6854 with the words for group
  // and Islamic translated (tried, not kept); 0.5599 in 1.105.0 (0.6246 since 1.106.0 drops the
  // izafat e, which cost an unpaired initial).
  const engine = await unEngine();
  const ji = await candidateOn(org('Jamaat-e-Islami'), 'QDe.092');
  assert.ok(ji, 'JEMAAH ISLAMIYAH among the candidates');
  assert.ok(ji.score < engine.defaultThreshold, `${ji.score}`);
});
