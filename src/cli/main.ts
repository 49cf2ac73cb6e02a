/**
 * Entry point of `./bin/interdict`. Each command lives in src/cli/commands/<name>.ts and registers
 * itself on the program; this file only wires them together and maps errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_USAGE } from './exit-codes.js';
import { registerListsCommands } from './commands/lists.js';
import { registerServeCommand } from './commands/serve.js';
import { registerScreenCommand } from './commands/screen.js';
import { registerCompareCommand } from './commands/compare.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerReportCommands } from './commands/report.js';
import { registerMonitorCommands } from './commands/monitor.js';
import { registerPartiesCommands } from './commands/parties.js';

export function buildProgram(): Command {
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
  registerListsCommands(program);
  registerServeCommand(program);
  registerScreenCommand(program);
  registerCompareCommand(program);
  registerKeysCommands(program);
  registerAuditCommands(program);
  registerReportCommands(program);
  registerMonitorCommands(program);
  registerPartiesCommands(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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
