import type { Benefit, Offer, Relationship, RiskReducer, Segment } from '@plumbline/core';

export const eur = (amount: string | number) => ({ amount, currency: 'EUR' });

export function offer(id: string, price: string, benefits: Benefit[], riskReducers: RiskReducer[] = [], extra: Partial<Offer> = {}): Offer {
  return {
    id,
    name: id,
    tco: {
      id,
      currency: 'EUR',
      startDate: '2027-01-01',
      horizonMonths: 12,
      discountRate: 0,
      items: [{ id: 'price', label: 'Price', category: 'price', amount: eur(price), schedule: { type: 'once' } }],
    },
    benefits,
    riskReducers,
    ...extra,
  };
}

export function benefit(id: string, driver: Benefit['driver'], monthly: string, confidence: number): Benefit {
  return { id, label: id, driver, amount: eur(monthly), schedule: { type: 'recurring', every: 'month' }, confidence };
}

export function person(goals: Relationship['goals'], risks: Relationship['risks']): Relationship {
  return { id: 'rel', person: { name: 'Ana Okafor' }, stage: 'proposal', goals, risks, interactions: [] };
}

export function segment(valueDrivers: Segment['valueDrivers'], typicalRisks: Segment['typicalRisks']): Segment {
  return { id: 'seg', name: 'Fleets', rules: { all: [] }, interests: [], valueDrivers, typicalRisks };
}
