/**
 * The CLI imports only the command a command line runs (src/cli/command-registry.ts): which word
 * names it, past the global options, and that every registry entry registers exactly the command
 * of its name (a wrong entry would hide a command behind another's module).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { commandNamed, COMMAND_NAMES, loadCommand } from '../../src/cli/command-registry.js';

const line = (...words: string[]): string[] => ['node', 'interdict', ...words];

describe('the CLI command registry', () => {
  it('finds the command word past the global options', () => {
    assert.equal(commandNamed(line('screen', 'Abu Bakr al-Baghdadi', '--birth-date', '1971')), 'screen');
    assert.equal(commandNamed(line('--data-dir', '/tmp/home', 'compare', '--input', 'p.jsonl')), 'compare');
    assert.equal(commandNamed(line('--data-dir=/tmp/home', 'lists', 'diff')), 'lists');
  });

  it('loads every command for help, the version, a value taken as the data directory, or an unknown word', () => {
    assert.equal(commandNamed(line()), undefined);
    assert.equal(commandNamed(line('--help')), undefined);
    assert.equal(commandNamed(line('help', 'screen')), undefined);
    assert.equal(commandNamed(line('nosuch')), undefined);
    // `--data-dir screen x`: screen is the directory, x the (unknown) command.
    assert.equal(commandNamed(line('--data-dir', 'screen', 'x')), undefined);
    // Names on Object's prototype are not commands.
    assert.equal(commandNamed(line('constructor')), undefined);
  });

  it('registers, for each name, exactly the command of that name', async () => {
    assert.deepEqual([...COMMAND_NAMES], ['lists', 'serve', 'screen', 'compare', 'keys', 'audit', 'report', 'monitor', 'parties']);
    for (const name of COMMAND_NAMES) {
      const program = new Command();
      (await loadCommand(name))(program);
      assert.deepEqual(program.commands.map((c) => c.name()), [name], name);
    }
    assert.throws(() => loadCommand('nosuch'), /no command nosuch/);
  });
});
