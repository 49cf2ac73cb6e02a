/**
 * prepared.ts persianThaSkeleton (engine 1.21.0): an Arabic-script token holding ث also carries the
 * skeleton key of ث read as s, its Persian, Dari, Pashto and Urdu reading. A query word cut in two
 * meets two listed tokens only by each half's exact skeleton key, so "Ghiassouddine" (halves KS and
 * DN) never met غياث الدين (KT, DN), and the UN's own SAYYED GHIASSOUDDINE AGHA did not find TAi.072
 * by its original-script name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName, tokenKeys } from '../../src/matching/prepared.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { q, unParties } from './helpers.js';

function token(full: string, at: number) {
  return prepareName(full, 0, 0, 'primary', 'good').tokens[at]!;
}

describe('ث read as s', () => {
  it('adds the s reading to Arabic-script tokens holding ث, and nothing to others', () => {
    assert.ok(tokenKeys(token('سيد غياث', 1)).includes('k:KS'));
    assert.ok(tokenKeys(token('سيد غياث', 1)).includes('k:KT'));
    assert.ok(!tokenKeys(token('سيد غالب', 1)).some((k) => k.includes('S')));
    assert.ok(!tokenKeys(token('Sayed Ghiyath', 1)).includes('k:KS'));
  });

  it('lets a word written whole meet the two Arabic-script tokens', async () => {
    const parties = (await unParties()).filter((p) => p.referenceNumber === 'TAi.072');
    // The party's original-script name alone, as the eval's Latin -> Arabic-script set screens it.
    const only = parties.map((p) => ({ ...p, names: p.names.filter((n) => n.type === 'original-script') }));
    assert.equal(only[0]?.names.length, 1);
    const e = MatchEngine.build(only, { listVersions: [{ source: 'un', hash: 'test' }] });
    const hit = e.screen(q({ schema: 'Person', name: 'SAYYED GHIASSOUDDINE AGHA' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'TAi.072');
    assert.equal(hit?.match, true);
    const merged = hit?.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'ghiassouddine'));
    assert.equal(merged?.kind, 'merged');
  });
});
