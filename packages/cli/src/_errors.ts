import { EXIT } from './types.js';

/** An error the user can fix; printed without a stack trace, and mapped to an exit code. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Wrong arguments: exit 2 with a pointer to the command's help. */
export const usageError = (command: string, message: string): CliError =>
  new CliError(`${message}\nRun "kubegram ${command} --help" for usage.`, EXIT.usage);

/** A file that cannot be read or is not what was expected: exit 2. */
export const inputError = (message: string): CliError => new CliError(message, EXIT.usage);
