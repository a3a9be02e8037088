import { currencyExponent } from './currencies.js';
import { formatMinor, toMinorUnits } from './minor-units.js';
import type { Money } from './schema.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale, such as `"de-DE"`; the runtime's default locale when left out. */
  readonly locale?: string | undefined;
  /** How to show the currency (as `Intl.NumberFormat`'s `currencyDisplay`); `"symbol"` by default. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' | undefined;
}

// Building an Intl.NumberFormat is costly; keep one per locale, currency and display, made on first use
// (at most 64, so a process that formats for many locales does not grow without limit).
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 64;

/**
 * Formats an amount for people, with `Intl.NumberFormat`, showing exactly the
 * currency's ISO 4217 decimals (JPY 0, EUR 2, KWD 3). The exact decimal string
 * is formatted, so large amounts are not rounded through a double.
 *
 * @param money - the amount
 * @param options - locale and currency display
 * @returns the formatted amount, such as `"€1,999.99"` or `"1.999,99 €"`
 * @throws {@link PlumblineError} as {@link toMinorUnits}
 *
 * @example
 * ```ts
 * import { formatMoney } from '@plumbline/core';
 *
 * formatMoney({ amount: '1999.99', currency: 'EUR' }, { locale: 'en-US' }); // => '€1,999.99'
 * formatMoney({ amount: '1999.99', currency: 'EUR' }, { locale: 'de-DE' }); // => '1.999,99 €'
 * formatMoney({ amount: 1500, currency: 'JPY' }, { locale: 'en-US', currencyDisplay: 'code' }); // => 'JPY 1,500'
 * ```
 */
export function formatMoney(money: Money, options?: FormatMoneyOptions | undefined): string {
  const minor = toMinorUnits(money);
  const exponent = currencyExponent(money.currency);
  const exact = formatMinor(minor, exponent);
  const locale = options?.locale;
  const currencyDisplay = options?.currencyDisplay ?? 'symbol';
  const key = `${locale ?? ''}|${money.currency}|${currencyDisplay}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value as string);
    formatters.set(key, formatter);
  }
  return formatter.format(exact as `${number}`);
}
