/**
 * A monitor over a data directory (the queue workers' and the CLI's loadMonitor) starts from the saved
 * engine: the first start builds and saves it, the next reads it and judges every event exactly as the
 * built one; a damaged file is refused with its reason, reported, rebuilt and written again.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ListStore } from '../../src/lists/store.js';
import { parseEvent } from '../../src/monitoring/events.js';
import { InMemoryHistory } from '../../src/monitoring/history.js';
import { loadMonitor, type LoadedMonitor } from '../../src/monitoring/load-monitor.js';
import { decisionLine } from '../../src/monitoring/process.js';
import { runEvents } from '../../src/monitoring/runner.js';
import { snapshotPath } from '../../src/matching/saved-engine.js';
import { tempDir } from '../helpers/paths.js';
import { FIXTURES } from './helpers.js';

/** Every fixture event's decision line (screening the parties and free texts against the engine). */
function decisions(loaded: LoadedMonitor): string[] {
  const files = ['events.jsonl', 'events-clean.jsonl'];
  const raws = files.flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown));
  const events = raws.map((r, i) => parseEvent(r, `event ${i}`));
  return runEvents(events, { ...loaded.monitor, history: new InMemoryHistory() }).map((r) => (r.duplicate ? `duplicate ${r.eventId}` : decisionLine(r.decision)));
}

describe('a monitor over a data directory starts from the saved engine', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);

  it('builds and saves, then reads; the same decisions; a damaged file is refused and rebuilt', async () => {
    const store = new ListStore(dir);
    await store.ensureBundledUn();
    const lines: string[] = [];
    const report = (line: string): void => {
      lines.push(line);
    };
    const first = await loadMonitor(store, { report });
    assert.equal(first.engineStart.origin, 'built');
    const expected = decisions(first);
    assert.ok(expected.some((d) => d.includes('"block"')), 'the fixtures screen a listed party');

    const second = await loadMonitor(store, { report });
    assert.equal(second.engineStart.origin, 'saved');
    assert.deepStrictEqual(decisions(second), expected);
    assert.deepStrictEqual(lines, []);

    const path = snapshotPath(dir, { listVersions: second.listVersions });
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, good.length - 1));
    const third = await loadMonitor(store, { report });
    assert.equal(third.engineStart.origin, 'built');
    assert.equal(lines.length, 1);
    assert.match(String(lines[0]), /saved engine .* not used: truncated \(\d+ of \d+ bytes\); building it again/);
    assert.ok(readFileSync(path).equals(good), 'the rebuilt engine is saved over the damaged file');
    assert.deepStrictEqual(decisions(third), expected);
  });
});
