// plumbline tco: read TCOs or offers, compareTco, print the table or JSON, write the chart.
import { parseArgs } from 'node:util';
import { compareTco, type CompareTcoOptions, formatTcoComparison, Offer, tcoChartSvg, TotalCostOfOwnership } from '../index.js';
import { COMMON_OPTIONS, formatOption, localeOption, numberOption, parseCommand, rateOptions } from './args.js';
import { inFiles, usageError } from './errors.js';
import { TCO_HELP } from './help.js';
import { displayPath, failOnProblems, loadDataFile, validate } from './io.js';
import { print, writeOutput } from './output.js';

const FORMATS = ['table', 'json'] as const;
const BASES = ['presentValue', 'nominal'] as const;

/** The TCOs of one file: a TCO, an offer (an object with a `tco`), or a list of either. */
function readTcos(file: string, problems: string[]): TotalCostOfOwnership[] {
  const loaded = loadDataFile(file);
  const shown = displayPath(file);
  const list = Array.isArray(loaded.value) ? loaded.value : [loaded.value];
  const tcos: TotalCostOfOwnership[] = [];
  list.forEach((item: unknown, index) => {
    const base = Array.isArray(loaded.value) ? [index] : [];
    if (typeof item === 'object' && item !== null && 'tco' in item) {
      const offer = validate(Offer, item, shown, loaded, base, problems);
      // An offer's TCO is shown under the TCO's name, else the offer's.
      if (offer !== undefined) tcos.push({ ...offer.tco, name: offer.tco.name ?? offer.name });
    } else {
      const tco = validate(TotalCostOfOwnership, item, shown, loaded, base, problems);
      if (tco !== undefined) tcos.push(tco);
    }
  });
  return tcos;
}

/** The command. Returns the exit code. */
export function tco(args: readonly string[]): number {
  const { values, positionals } = parseCommand('tco', () =>
    parseArgs({
      args: [...args],
      options: {
        ...COMMON_OPTIONS,
        currency: { type: 'string' },
        rate: { type: 'string', multiple: true },
        'discount-rate': { type: 'string' },
        basis: { type: 'string' },
        format: { type: 'string', short: 'f' },
        chart: { type: 'string' },
        locale: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help === true) {
    print(TCO_HELP);
    return 0;
  }
  const format = formatOption(values.format, FORMATS, 'table', 'tco');
  if (values.basis !== undefined && !(BASES as readonly string[]).includes(values.basis)) throw usageError(`--basis must be presentValue or nominal; got "${values.basis}"`, 'tco');
  if (positionals.length === 0) throw usageError('name the TCO or offer files to compare', 'tco');
  const options: CompareTcoOptions = {
    // Codes in any case, as --rate takes them.
    currency: values.currency?.toUpperCase(),
    rates: rateOptions(values.rate, 'tco', values.currency),
    discountRate: numberOption(values['discount-rate'], 'discount-rate', 'tco'),
    basis: values.basis as CompareTcoOptions['basis'],
  };
  const problems: string[] = [];
  const read = positionals.map((file) => ({ shown: displayPath(file), tcos: readTcos(file, problems) }));
  failOnProblems(problems);
  const tcos = read.flatMap((file) => file.tcos);
  let comparison;
  try {
    comparison = compareTco(tcos, options);
  } catch (error) {
    throw inFiles(error, 'tcos', read.flatMap((file) => file.tcos.map((one) => ({ shown: file.shown, id: one.id }))));
  }
  const locale = localeOption(values.locale, 'tco');
  if (values.chart !== undefined) writeOutput(values.chart, tcoChartSvg(comparison, { locale }));
  print(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : formatTcoComparison(comparison, { locale }));
  return 0;
}
