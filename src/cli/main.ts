// The plumbline command: dispatch to a command, turn failures into messages and exit codes.
import { isPlumblineError, type PlumblineError } from '../index.js';
import { check } from './check.js';
import { CliError } from './errors.js';
import { MAIN_HELP } from './help.js';
import { init } from './init.js';
import { repeatedTypos } from './io.js';
import { print, warn } from './output.js';
import { schema } from './schema.js';
import { score } from './score.js';
import { tco } from './tco.js';
import { version } from './version.js';

/** The command-line option behind a library argument, for messages that name the library's own fields. */
function optionOf(error: PlumblineError): string | undefined {
  const argument = isPlumblineError(error, 'INVALID_ARGUMENT') ? error.details.argument : '';
  if (argument.startsWith('context.asOf')) return '--as-of';
  if (argument.startsWith('context.rules')) return '--rule';
  if (/^(?:options\.)?rates?\b/.test(argument)) return '--rate';
  if (error.code === 'CURRENCY_MISMATCH') return '--currency and --rate';
  return undefined;
}

const COMMANDS: Readonly<Record<string, (args: readonly string[]) => number | Promise<number>>> = { check, tco, score, schema, init };

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(MAIN_HELP);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    print(MAIN_HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    print(`${version()}\n`);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    throw new CliError(command.startsWith('-') ? `unknown option "${command}" before the command` : `unknown command "${command}"`, {
      lines: [`Commands: ${Object.keys(COMMANDS).join(', ')}. Run "plumbline --help" for usage.`],
    });
  }
  return run(rest);
}

/** Resolves once what was written to `stream` so far is handed to the system (at once where writes are synchronous). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((done) => {
    stream.write('', () => done());
  });
}

/** Runs the command line and exits with its code. */
async function runCommandLine(given: readonly string[]): Promise<never> {
  // `--debug` may come before the command too (`plumbline --debug check ...`).
  const debug = given.includes('--debug');
  const argv = given[0] === '--debug' ? given.slice(1) : given;
  // The reader of stdout went away (`| head`, `| true`): nothing more to print, but the exit code is
  // still the command's (a CI gate with pipefail must see 1), so the command ends as it would.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    warn(`plumbline: cannot write to stdout: ${error.message}`);
    process.exit(2);
  });
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof CliError) {
      warn(`plumbline: ${error.message}`);
      for (const line of error.lines) warn(`  ${line}`);
      process.exitCode = error.exitCode;
    } else if (isPlumblineError(error)) {
      // Bad input the library rejected (an invalid rule setting, rates, mixed currencies): exit 2, naming the option it came from.
      warn(`plumbline: ${error.message}`);
      const option = optionOf(error);
      if (option !== undefined) warn(`  (from ${option}) Run "plumbline ${argv[0] ?? ''} --help" for usage.`);
      process.exitCode = 2;
    } else {
      warn(`plumbline: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      if (!debug) warn('  Run again with --debug for the stack trace.');
      process.exitCode = 2;
    }
    if (debug && error instanceof Error && error.stack !== undefined) warn(error.stack);
  }
  for (const line of repeatedTypos()) warn(line);
  // Exit once stdout and stderr are flushed, without the teardown of a large heap that a natural exit
  // performs (about 30 ms after checking 2,000 stories, for nothing: the process ends anyway).
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

void runCommandLine(process.argv.slice(2));
