/**
 * ISO 4217 currencies and their minor-unit exponents.
 *
 * Most currencies have two decimals; only the exceptions are listed by
 * exponent, so the table stays small and cheap to load. Codes that ISO 4217
 * lists without a minor unit (XAU, XDR, XXX...) are not money here.
 *
 * @module
 */

import { PlumblineError } from '../errors.js';

// Space-separated so that loading the module builds nothing until first use.
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR ' +
  'LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB ' +
  'PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP ' +
  'SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

let exponents: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (exponents === undefined) {
    exponents = new Map();
    for (const [codes, exponent] of [
      [EXPONENT_2, 2],
      [EXPONENT_0, 0],
      [EXPONENT_3, 3],
      [EXPONENT_4, 4],
    ] as const) {
      for (const code of codes.split(' ')) exponents.set(code, exponent);
    }
  }
  return exponents;
}

/**
 * Tells whether a string is an ISO 4217 currency code that Plumbline can hold
 * as money (one with a minor unit).
 *
 * @param code - the code to test, such as `"EUR"`
 * @returns true for a known, upper-case code
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from '@plumbline/core';
 *
 * isCurrencyCode('KWD'); // => true
 * isCurrencyCode('eur'); // => false (codes are upper case)
 * isCurrencyCode('XAU'); // => false (gold has no minor unit)
 * ```
 */
export function isCurrencyCode(code: string): boolean {
  return table().has(code);
}

/**
 * The number of decimals of a currency's minor unit, from ISO 4217.
 *
 * @param currency - an ISO 4217 code
 * @returns 0 for JPY, 2 for EUR, 3 for KWD, 4 for CLF
 * @throws {@link PlumblineError} `UNKNOWN_CURRENCY` for a code ISO 4217 does not define with a minor unit
 *
 * @example
 * ```ts
 * import { currencyExponent } from '@plumbline/core';
 *
 * currencyExponent('JPY'); // => 0
 * currencyExponent('KWD'); // => 3
 * ```
 */
export function currencyExponent(currency: string): number {
  const exponent = table().get(currency);
  if (exponent === undefined) throw new PlumblineError('UNKNOWN_CURRENCY', { currency: String(currency) });
  return exponent;
}
