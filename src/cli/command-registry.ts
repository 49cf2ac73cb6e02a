/**
 * The CLI's commands, each in src/cli/commands/<name>.ts, and which one a command line runs, so that
 * main.ts imports only that one.
 */
import type { Command } from 'commander';

/** A command module's register function (it adds the command and its subcommands to the program). */
export type Register = (program: Command) => void;

/**
 * Every command, in the order `interdict --help` lists them, loaded only when needed: all of them
 * together take ~0.75 s to import here (the server's framework, the embedded database, the report
 * and monitoring code), `screen` alone ~0.2 s, and start-up is part of every command's time.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  lists: async () => (await import('./commands/lists.js')).registerListsCommands,
  serve: async () => (await import('./commands/serve.js')).registerServeCommand,
  screen: async () => (await import('./commands/screen.js')).registerScreenCommand,
  compare: async () => (await import('./commands/compare.js')).registerCompareCommand,
  keys: async () => (await import('./commands/keys.js')).registerKeysCommands,
  audit: async () => (await import('./commands/audit.js')).registerAuditCommands,
  report: async () => (await import('./commands/report.js')).registerReportCommands,
  monitor: async () => (await import('./commands/monitor.js')).registerMonitorCommands,
  parties: async () => (await import('./commands/parties.js')).registerPartiesCommands,
};

/** Global options that take a value (so the word after them is not the command). */
const VALUE_OPTIONS = new Set(['--data-dir']);

/**
 * The command `argv` runs, when it names one of COMMANDS; undefined when it asks for help, the
 * version or something unknown, which need every command registered (to list them, or to say what
 * is wrong as commander does).
 */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const word = argv[i] as string;
    if (VALUE_OPTIONS.has(word)) {
      i++;
      continue;
    }
    if (word.startsWith('-')) {
      if (word.includes('=') && VALUE_OPTIONS.has(word.slice(0, word.indexOf('=')))) continue;
      return undefined;
    }
    return Object.hasOwn(COMMANDS, word) ? word : undefined;
  }
  return undefined;
}

/** Every command's name, in the order `interdict --help` lists them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** The register function of command `name` (one of COMMAND_NAMES), its module imported on first use. */
export function loadCommand(name: string): Promise<Register> {
  const load = COMMANDS[name];
  if (load === undefined) throw new Error(`no command ${name}`);
  return load();
}
