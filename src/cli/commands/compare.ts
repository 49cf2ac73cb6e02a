/**
 * `interdict compare`: score pairs of parties against each other.
 *
 *   interdict compare --input pairs.jsonl [--output out.jsonl] [--threshold T] [--list ...]
 *
 * Input lines {"id":"p1","a":{query},"b":{query}}; output {"id","score","match","explanation"}, one
 * line per input line, in order; an invalid line gets {"id"?, "error"}. Token weights come from the
 * lists in force (or --list), so "Mohammed" weighs as little here as it does when screening.
 * Exit code 0: no pair matches; 1: a pair matches or a line failed; 2: usage error.
 */
import type { Command } from 'commander';
import { QueryError, parseQuery } from '../../matching/query.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_OK, usageError } from '../exit-codes.js';
import { startProgress } from '../progress.js';
import { parseThreshold, rawId, readInputFile, readInputLines, startEngine, writeOutput } from './screen.js';

interface CompareCliOptions {
  input?: string;
  output?: string;
  threshold?: string;
  list?: string[];
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('score pairs of parties ({"id","a":{query},"b":{query}} per line); exit 1 if any pair matches')
    .option('--input <file>', 'pairs, JSON Lines')
    .option('--output <file>', 'write results here (atomically) instead of stdout')
    .option('--threshold <T>', 'match threshold in (0, 1] (default: the engine default)')
    .option('--list <spec>', 'lists whose name frequencies weigh the tokens (default: the UN list in force)', collect)
    .action(async (opts: CompareCliOptions, cmd: Command) => {
      if (!opts.input) throw usageError('compare needs --input FILE');
      const threshold = parseThreshold(opts.threshold);
      const text = await readInputFile(opts.input);
      const engine = await startEngine(cmd, opts.list ?? []);
      const lines: string[] = [];
      let findings = false;
      let failures = 0;
      const inputs = readInputLines(text, opts.input);
      const progress = startProgress('comparing', inputs.length);
      for (const input of inputs) {
        progress.tick();
        if (input.error !== undefined) {
          failures++;
          lines.push(JSON.stringify({ error: input.error }));
          continue;
        }
        const raw = input.raw as Record<string, unknown>;
        const id = rawId(raw) ?? '';
        try {
          for (const side of ['a', 'b'] as const) {
            if (raw[side] === undefined) throw new QueryError(`line ${input.line}: ${side}: missing (each line needs "a" and "b" queries)`, side);
          }
          const a = parseQuery(raw.a, `line ${input.line}: a`);
          const b = parseQuery(raw.b, `line ${input.line}: b`);
          const r = engine.compare(a, b, threshold !== undefined ? { threshold } : {});
          if (r.match) findings = true;
          lines.push(JSON.stringify({ id, score: r.score, match: r.match, explanation: r.explanation }));
        } catch (err) {
          if (!(err instanceof QueryError)) throw err instanceof RangeError ? new CliError(err.message) : err;
          failures++;
          lines.push(JSON.stringify({ ...(rawId(raw) !== undefined ? { id } : {}), error: err.message }));
        }
      }
      progress.stop();
      await writeOutput(lines, opts.output);
      process.stderr.write(`interdict: compared ${lines.length} line(s)${failures ? `; ${failures} invalid line(s)` : ''}${findings ? '; matches found' : ''}\n`);
      process.exitCode = findings || failures > 0 ? EXIT_FINDINGS_OR_FAILURE : EXIT_OK;
    });
}
