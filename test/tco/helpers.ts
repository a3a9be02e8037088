import type { CostItem, Money, TotalCostOfOwnership } from '@plumbline/core';

export const eur = (amount: string | number): Money => ({ amount, currency: 'EUR' });

export function item(id: string, category: CostItem['category'], amount: string | number, schedule: CostItem['schedule'], escalation?: number): CostItem {
  return { id, label: id, category, amount: eur(amount), schedule, ...(escalation === undefined ? {} : { escalation }) };
}

export function tco(id: string, items: CostItem[], overrides: Partial<TotalCostOfOwnership> = {}): TotalCostOfOwnership {
  return { id, currency: 'EUR', startDate: '2027-01-01', horizonMonths: 36, discountRate: 0.08, items, ...overrides };
}

export { deepFreeze } from '../support.js';
