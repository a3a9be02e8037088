// plumbline score: read offers and a buyer (or stream NDJSON relationships), rankOffers, print.
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatOfferRanking, isPlumblineError, Offer, rankOffers, Relationship, type ScoringContext, type ScoreOfferOptions, Segment } from '../index.js';
import { COMMON_OPTIONS, formatOption, localeOption, parseCommand, rateOptions } from './args.js';
import { CliError, inFiles, usageError } from './errors.js';
import { SCORE_HELP } from './help.js';
import { displayPath, failOnProblems, parseNdjsonLine, readMany, readOne, unreadable, validate } from './io.js';
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
  const locale = localeOption(values.locale, 'score');
  const offers = readMany(Offer, positionals[0] as string);
  const offersShown = displayPath(positionals[0] as string);
  if (offers.length === 0) throw new CliError(`${offersShown}: no offers to score (the file holds an empty list)`);

  if (values.relationships !== undefined) return stream(offers, offersShown, values.relationships, options);

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
  const ranking = rank(offers, offersShown, context, options);
  if (format === 'json') print(`${JSON.stringify(ranking, null, 2)}\n`);
  else print(`${heading}\n\n${formatOfferRanking(ranking, { names: Object.fromEntries(offers.map((offer) => [offer.id, offer.name])), locale })}`);
  return 0;
}

/** Money that cannot be scored (mixed currencies without a rate, an unknown currency) is the offers' fault: name their file. */
const OFFER_MONEY_CODES = new Set(['CURRENCY_MISMATCH', 'UNKNOWN_CURRENCY', 'INVALID_AMOUNT', 'AMOUNT_OUT_OF_RANGE']);

function rank(offers: readonly Offer[], offersShown: string, context: ScoringContext, options: ScoreOfferOptions): ReturnType<typeof rankOffers> {
  try {
    return rankOffers(offers, context, options);
  } catch (error) {
    if (isPlumblineError(error) && OFFER_MONEY_CODES.has(error.code)) {
      throw new CliError(`${offersShown}: ${error.message}`, { cause: error, lines: error.code === 'CURRENCY_MISMATCH' ? ['Give a --rate for each other currency, such as --rate USD=0.92.'] : [] });
    }
    throw inFiles(error, 'offers', offers.map((offer) => ({ shown: offersShown, id: offer.id })));
  }
}

/**
 * The first record of an NDJSON file. A JSON list or a YAML file given instead (as `check
 * --relationships` takes them) fails on its first line: say what the file is and how to convert it,
 * rather than only that line 1 is not a relationship.
 */
function readFirstRecord(line: string, shown: string, lineNumber: number): unknown {
  const text = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  const convert = 'score --relationships reads NDJSON, one relationship a line';
  let value: unknown;
  try {
    value = parseNdjsonLine(text, shown, lineNumber);
  } catch (error) {
    if (text.trimStart().startsWith('[')) throw new CliError(`${shown}: a JSON list: ${convert} (jq -c '.[]' ${shown} writes one)`, { cause: error });
    if (/\.ya?ml$/i.test(shown)) throw new CliError(`${shown}: a YAML file: ${convert}`, { cause: error });
    throw error;
  }
  if (Array.isArray(value)) throw new CliError(`${shown}: a JSON list: ${convert} (jq -c '.[]' ${shown} writes one)`);
  return value;
}

/** One line of JSON per relationship, read and written a line at a time (constant memory, with back-pressure). */
async function stream(offers: readonly Offer[], offersShown: string, file: string, options: ScoreOfferOptions): Promise<number> {
  const shown = displayPath(file);
  const input = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((done, fail) => {
    input.once('open', () => done());
    input.once('error', (error: NodeJS.ErrnoException) => fail(unreadable(file, error)));
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
  let firstRecord = true;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (closed) break;
      if (line.trim() === '') continue;
      const value = firstRecord ? readFirstRecord(line, shown, lineNumber) : parseNdjsonLine(line, shown, lineNumber);
      firstRecord = false;
      const problems: string[] = [];
      const relationship = validate(Relationship, value, `${shown}:${lineNumber}`, undefined, [], problems, shown);
      failOnProblems(problems);
      if (relationship === undefined) continue;
      let ranking;
      try {
        ranking = rank(offers, offersShown, { relationship }, options);
      } catch (error) {
        if (error instanceof CliError) throw error;
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
  } catch (error) {
    // A read that fails after the open (a folder opens, then cannot be read): the file, in plain words.
    if (!(error instanceof CliError) && typeof (error as NodeJS.ErrnoException).code === 'string') throw unreadable(file, error);
    throw error;
  } finally {
    lines.close();
    input.destroy();
    if (progress && lastProgress > 0) process.stderr.write(`\rScored ${count.toLocaleString('en-US')} relationships\n`);
  }
  return 0;
}
