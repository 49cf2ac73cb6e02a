/**
 * Exit codes scripts can trust. Every command ends with one of these and nothing else.
 */
export const EXIT_OK = 0;
/** Findings (a screening match, a failed verification) or a failure (bad input file, I/O error). */
export const EXIT_FINDINGS_OR_FAILURE = 1;
/** The command line itself was wrong: unknown command or option, missing or invalid argument. */
export const EXIT_USAGE = 2;

/** An error whose message is meant for the user as it is (no stack trace), with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FINDINGS_OR_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
