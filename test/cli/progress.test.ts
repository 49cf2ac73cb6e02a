import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { startProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const pass = new PassThrough();
  let text = '';
  pass.on('data', (c: Buffer) => (text += c.toString()));
  const stream = Object.assign(pass, { isTTY, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true }) as unknown as NodeJS.WriteStream;
  return { stream, written: () => text };
}

test('a progress bar draws on a terminal and stays silent in pipes and logs', async () => {
  const tty = fakeStream(true);
  const bar = startProgress('screening', 10, tty.stream);
  for (let i = 0; i < 10; i++) bar.tick();
  bar.stop();
  await new Promise((r) => setImmediate(r));
  assert.match(tty.written(), /screening \[.*\] 100% 10\/10/);
  const pipe = fakeStream(false);
  const quiet = startProgress('screening', 10, pipe.stream);
  quiet.tick(10);
  quiet.stop();
  await new Promise((r) => setImmediate(r));
  assert.equal(pipe.written(), '');
});
