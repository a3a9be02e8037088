import type { Segment, SegmentRule } from '@plumbline/core';
import { mulberry32 } from '../../src/segment/kmeans.js';

/** Freezes a value and everything in it, so a function that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A segment with these rules and nothing else to say. */
export function segment(id: string, rules: SegmentRule): Segment {
  return { id, name: id, rules, interests: [], valueDrivers: {}, typicalRisks: [] };
}

/** The error a call throws (fails the test when it throws nothing). */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Points around `centres`, `perCentre` each, jittered by at most `spread` from a seeded generator. */
export function blobs(centres: readonly (readonly number[])[], perCentre: number, spread: number, seed: number): { points: number[][]; labels: number[] } {
  const random = mulberry32(seed);
  const points: number[][] = [];
  const labels: number[] = [];
  for (let index = 0; index < perCentre; index += 1) {
    centres.forEach((centre, label) => {
      points.push(centre.map((value) => value + (random() * 2 - 1) * spread));
      labels.push(label);
    });
  }
  return { points, labels };
}

/** True when two labellings make the same partition, whatever the label names. */
export function samePartition(left: readonly number[], right: readonly number[]): boolean {
  if (left.length !== right.length) return false;
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index] as number;
    const b = right[index] as number;
    if ((forward.get(a) ?? b) !== b || (backward.get(b) ?? a) !== a) return false;
    forward.set(a, b);
    backward.set(b, a);
  }
  return true;
}
