/** The NATS server the bus tests use, and whether it answers (they skip loudly when it does not, except in CI). */
import { connect as netConnect } from 'node:net';

export const NATS_URL = process.env.INTERDICT_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export function natsReachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = netConnect({ host: u.hostname, port: Number(u.port || 4222) }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.setTimeout(2000, () => {
      s.destroy();
      resolve(false);
    });
  });
}
