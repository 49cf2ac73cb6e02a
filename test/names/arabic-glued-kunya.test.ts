/**
 * names/tokens.ts arabicKunyaCompound (engine 1.22.0): the kunya أبو written onto the article and
 * a name as one Arabic word (أبواليزيد) is the kunya and the name with the article, as Latin
 * spellings write it (ABOU EL YAZID). Whole, the word met neither: the UN's own QDi.142, screened by
 * its Latin name against its Arabic-script name (and the reverse), did not alert.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { q, unParties } from '../matching/helpers.js';

function read(full: string): string {
  return analyseNameShared(full).tokens.map((t) => `${t.latin}:${t.role}`).join(' ');
}

describe('a kunya glued to the article in Arabic script', () => {
  it('is read as the kunya and a name with the article', () => {
    assert.equal(read('أبواليزيد'), 'abu:kunya yzid:nisba');
    assert.equal(read('ابوالقاسم محمد'), 'abu:kunya qasm:nisba mhmd:name');
    assert.equal(read('أبواليزيد'), read('أبو اليزيد'));
  });

  it('leaves a kunya glued without the article, and too short a rest, whole', () => {
    assert.equal(read('أبوبكر البغدادي'), 'abubkr:name bghdadi:nisba');
    assert.equal(analyseNameShared('أبوال').tokens.length, 1);
  });

  it('lets QDi.142 be found across scripts', async () => {
    const party = (await unParties()).filter((p) => p.referenceNumber === 'QDi.142');
    const byScript = (script: boolean) => party.map((p) => ({ ...p, names: p.names.filter((n) => (n.type === 'original-script') === script) }));
    const meta = { listVersions: [{ source: 'un', hash: 'test' }] };
    const arabicOnly = MatchEngine.build(byScript(true), meta);
    const latinOnly = MatchEngine.build(byScript(false), meta);
    const toArabic = arabicOnly.screen(q({ schema: 'Person', name: 'RADI ABD EL SAMIE ABOU EL YAZID EL AYASHI' }), { limit: 1 })[0];
    assert.equal(toArabic?.match, true);
    const toLatin = latinOnly.screen(q({ schema: 'Person', name: 'راضي عبد السميع أبواليزيد العياشي' }), { limit: 1 })[0];
    assert.equal(toLatin?.referenceNumber, 'QDi.142');
    assert.equal(toLatin?.match, true);
  });
});
