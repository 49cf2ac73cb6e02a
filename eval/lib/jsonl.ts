/** JSON Lines reading and writing for the labelled sets: one item per line, LF endings, final LF. */
import { readFileSync, writeFileSync } from 'node:fs';

export function toJsonl(items: readonly unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join('\n') + (items.length > 0 ? '\n' : '');
}

export function writeJsonl(path: string, items: readonly unknown[]): void {
  writeFileSync(path, toJsonl(items), 'utf8');
}

export function readJsonl<T>(path: string): T[] {
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(err as Error).message}`);
    }
  }
  return out;
}
