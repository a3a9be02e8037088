import { findNumbers } from '../../text/numbers.js';
import type { PhraseMatch, PhraseTerm } from '../../text/phrase-matcher.js';

/** Whether a number mention is money or a percentage. */
function isPriceNumber(unit: string | undefined): boolean {
  return unit !== undefined && (unit === '%' || /^[A-Z]{3}$/.test(unit));
}

/**
 * Turns phrase hits into price-talk ranges: `off` counts only after a
 * percentage or an amount (`20% off`, `€50 off`), `save` only before one
 * (`save $20`), and the range then covers the number; overlapping hits keep
 * the longest.
 *
 * @param masked - the masked body
 * @param hits - hits of a phrase list that holds `off` and `save` among others
 * @returns ranges with the text they cover, sorted
 */
export function priceTalk(masked: string, body: string, hits: readonly PhraseMatch[]): { start: number; end: number; text: string }[] {
  const ranges: { start: number; end: number; text: string }[] = [];
  for (const hit of hits) {
    let { start, end } = hit;
    if (hit.id === 'off') {
      // A short window (from a white space, so no number is cut in two), read on its own: bounded work per hit.
      let from = Math.max(0, hit.start - 40);
      while (from > 0 && from < hit.start && !/\s/.test(masked[from - 1] as string)) from += 1;
      const before = findNumbers(masked.slice(from, hit.start)).at(-1);
      if (before === undefined || !isPriceNumber(before.unit) || masked.slice(from + before.end, hit.start).trim() !== '') continue;
      start = from + before.start;
    } else if (hit.id === 'save') {
      const windowEnd = Math.min(masked.length, hit.end + 40);
      const window = windowEnd === masked.length ? masked.slice(hit.end) : masked.slice(hit.end, windowEnd).replace(/\S+$/, '');
      const after = findNumbers(window)[0];
      if (after === undefined || !isPriceNumber(after.unit) || window.slice(0, after.start).trim() !== '') continue;
      end = hit.end + after.end;
    }
    ranges.push({ start, end, text: body.slice(start, end) });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  return ranges.filter((range) => {
    if (range.start < lastEnd) return false;
    lastEnd = range.end;
    return true;
  });
}

/** Phrases of special prices and discounts, shared by price-promotion and discount-talk. */
export const PRICE_PHRASES: readonly PhraseTerm[] = [
  ...['sale', 'on sale', 'cheapest', 'cheaper', 'lowest price', 'lowest prices', 'best price', 'best prices', 'special price', 'special prices']
    .map((phrase) => ({ id: phrase, phrase })),
  ...['price cut', 'price drop', 'half price', 'half-price', 'clearance', 'discounted', 'cut-price', 'off list', 'off', 'save']
    .map((phrase) => ({ id: phrase, phrase })),
  { id: 'discount', phrase: 'discount', inflect: true },
  { id: 'bargain', phrase: 'bargain', inflect: true },
];
