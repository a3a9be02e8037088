// plumbline score: read offers and a buyer (or stream NDJSON relationships), rankOffers, print.
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatOfferRanking, Offer, rankOffers, Relationship, type ScoringContext, type ScoreOfferOptions, Segment } from '../index.js';
import { COMMON_OPTIONS, formatOption, parseCommand, rateOptions } from './args.js';
import { CliError, usageError } from './errors.js';
import { SCORE_HELP } from './help.js';
import { displayPath, failOnProblems, parseNdjsonLine, readMany, readOne, validate } from './io.js';
import { print } from './output.js';

const FORMATS = ['table', 'json'] as const;

/** The command. Resolves to the exit code. */
export async function score(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand('score', () =>
    parseArgs({
      args: [...args],
      options: {
        ...COMMON_OPTIONS,
        relationship: { type: 'string' },
        segment: { type: 'string' },
        relationships: { type: 'string' },
        rate: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help === true) {
    print(SCORE_HELP);
    return 0;
  }
  const buyers = [values.relationship, values.segment, values.relationships].filter((value) => value !== undefined);
  if (buyers.length !== 1) throw usageError('give exactly one of --relationship <file>, --segment <file> or --relationships <file.ndjson>', 'score');
  if (positionals.length !== 1) throw usageError('name one offers file', 'score');
  if (values.relationships !== undefined && values.format !== undefined) throw usageError('--relationships always writes NDJSON: leave out --format', 'score');
  const format = formatOption(values.format, FORMATS, 'table', 'score');
  const options: ScoreOfferOptions = { rates: rateOptions(values.rate, 'score') };
  const offers = readMany(Offer, positionals[0] as string);

  if (values.relationships !== undefined) return stream(offers, values.relationships, options);

  let context: ScoringContext;
  let heading: string;
  if (values.relationship !== undefined) {
    const relationship = readOne(Relationship, values.relationship);
    context = { relationship };
    heading = `Offers for ${relationship.person.name}${relationship.organisation === undefined ? '' : `, ${relationship.organisation.name}`} (${relationship.id})`;
  } else {
    const segment = readOne(Segment, values.segment as string);
    context = { segment };
    heading = `Offers for the segment ${segment.name} (${segment.id})`;
  }
  const ranking = rankOffers(offers, context, options);
  if (format === 'json') print(`${JSON.stringify(ranking, null, 2)}\n`);
  else print(`${heading}\n\n${formatOfferRanking(ranking, { names: Object.fromEntries(offers.map((offer) => [offer.id, offer.name])), locale: values.locale })}`);
  return 0;
}

/** One line of JSON per relationship, read and written a line at a time (constant memory, with back-pressure). */
async function stream(offers: readonly Offer[], file: string, options: ScoreOfferOptions): Promise<number> {
  const shown = displayPath(file);
  const input = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((done, fail) => {
    input.once('open', () => done());
    input.once('error', (error: NodeJS.ErrnoException) =>
      fail(new CliError(`${shown}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a folder, not a file' : error.message}`, { cause: error })),
    );
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = process.stderr.isTTY === true;
  const out = process.stdout;
  let closed = false;
  // The reader went away (| head): stop quietly.
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
  };
  out.on('error', onError);
  let lineNumber = 0;
  let count = 0;
  let lastProgress = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (closed) break;
      if (line.trim() === '') continue;
      const value = parseNdjsonLine(lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, shown, lineNumber);
      const problems: string[] = [];
      const relationship = validate(Relationship, value, `${shown}:${lineNumber}`, undefined, [], problems);
      failOnProblems(problems);
      if (relationship === undefined) continue;
      let ranking;
      try {
        ranking = rankOffers(offers, { relationship }, options);
      } catch (error) {
        throw new CliError(`${shown}:${lineNumber}: ${(error as Error).message}`, { cause: error });
      }
      count += 1;
      if (!out.write(`${JSON.stringify({ relationshipId: relationship.id, ranking })}\n`)) {
        try {
          await once(out, 'drain');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EPIPE') break;
          throw error;
        }
      }
      if (progress && count - lastProgress >= 1000) {
        lastProgress = count;
        process.stderr.write(`\rScored ${count.toLocaleString('en-US')} relationships`);
      }
    }
  } finally {
    lines.close();
    input.destroy();
    if (progress && lastProgress > 0) process.stderr.write(`\rScored ${count.toLocaleString('en-US')} relationships\n`);
  }
  return 0;
}
