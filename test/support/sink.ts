import type { Detector, HitSink, Match } from '../../shared/detect/types';

export type Recorded = { matches: Match[]; misses: string[] };

/** Runs one detector on one value and records what it reported, for table-driven tests. */
export function run(detector: Detector, value: string): Recorded {
  const rec: Recorded = { matches: [], misses: [] };
  const sink: HitSink = { match: (m) => rec.matches.push(m), miss: (v) => rec.misses.push(v) };
  detector(value, sink);
  return rec;
}

/** The subtypes (or categories, when no subtype) a detector validated for `value`. */
export function labels(detector: Detector, value: string): string[] {
  return run(detector, value).matches.map((m) => m.subtype ?? m.category);
}
