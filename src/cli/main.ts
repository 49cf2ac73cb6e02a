/**
 * Entry point of `./bin/interdict`. Each command lives in src/cli/commands/<name>.ts and registers
 * itself on the program; this file only wires them together (loading only the command asked for)
 * and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_USAGE } from './exit-codes.js';
import { commandNamed, COMMAND_NAMES, loadCommand } from './command-registry.js';

/** The program with command `only` registered, or every command when `only` is undefined. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command();
  program
    .name('interdict')
    .description(
      'Screening and monitoring against terrorist financing (UN Security Council resolution 2199).\n' +
        'Data goes to stdout, progress and diagnostics to stderr.\n' +
        'Exit codes: 0 ok, 1 findings or failure, 2 usage error.',
    )
    .option('--data-dir <dir>', 'state directory (default: $INTERDICT_HOME or ~/.interdict)')
    .showHelpAfterError()
    .exitOverride();
  for (const name of only === undefined ? COMMAND_NAMES : [only]) (await loadCommand(name))(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(commandNamed(argv));
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (err.exitCode === 0) return 0;
      return EXIT_USAGE;
    }
    if (err instanceof CliError) {
      process.stderr.write(`interdict: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`interdict: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_FINDINGS_OR_FAILURE;
  }
}

// A reader that stops early (`interdict lists diff ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
  throw err;
});

process.exitCode = await main(process.argv);
