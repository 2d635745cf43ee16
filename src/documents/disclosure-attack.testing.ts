/**
 * The attacker of the disclosure tests: works every suppressed figure of a public document back from
 * the rest of it (totals less their visible parts, with each hidden count assumed to be at least 1; a
 * percentage times its denominator; the same figure printed elsewhere), and the check that none is
 * recovered. Shared by the fixture tests (suppression.test.ts) and the synthetic council's
 * (council-documents.browser.test.ts).
 */
import assert from 'node:assert/strict';
import { tablesOf, type Cell, type ReportDocument } from './document.ts';

interface Bounds {
  lo: number;
  hi: number;
}

/**
 * What an attacker can work out about each hidden figure: exact values from ratios and repeated
 * figures, and bounds from sums. Returns the keys pinned to one value, with that value.
 */
export function attack(document: ReportDocument): Map<string, number> {
  const cells = tablesOf(document)
    .flatMap((t) => t.rows.flat())
    .filter((c): c is Cell & { key: string } => c.key !== undefined);
  const known = new Map<string, number>();
  const bounds = new Map<string, Bounds>();
  for (const cell of cells) {
    if (!cell.suppressed && typeof cell.value === 'number') known.set(cell.key, cell.value);
    else if (cell.suppressed && !known.has(cell.key))
      bounds.set(cell.key, { lo: cell.count ? 1 : 0, hi: Number.POSITIVE_INFINITY });
  }
  const recovered = new Map<string, number>();
  const learn = (key: string, value: number): boolean => {
    if (known.has(key) || !bounds.has(key)) return false;
    known.set(key, value);
    recovered.set(key, value);
    return true;
  };
  const range = (key: string): Bounds =>
    known.has(key)
      ? { lo: known.get(key)!, hi: known.get(key)! }
      : (bounds.get(key) ?? { lo: 0, hi: Number.POSITIVE_INFINITY });
  const relations = tablesOf(document).flatMap((t) => t.relations ?? []);
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      if (relation.kind === 'ratio') {
        const v = known.get(relation.value);
        const n = known.get(relation.numerator);
        const d = known.get(relation.denominator);
        const present = [relation.value, relation.numerator, relation.denominator].every(
          (k) => known.has(k) || bounds.has(k),
        );
        if (!present) continue;
        if (v !== undefined && d !== undefined && n === undefined)
          changed = learn(relation.numerator, Math.round((v * d) / relation.scale)) || changed;
        if (v !== undefined && n !== undefined && d === undefined && v !== 0)
          changed = learn(relation.denominator, Math.round((relation.scale * n) / v)) || changed;
        if (n !== undefined && d !== undefined && v === undefined && d !== 0)
          changed = learn(relation.value, (relation.scale * n) / d) || changed;
        continue;
      }
      // parts - total = 0: tighten each unknown's bounds from the others'.
      const terms = [...relation.parts.map((key) => ({ key, sign: 1 })), { key: relation.total, sign: -1 }].filter(
        (t) => known.has(t.key) || bounds.has(t.key),
      );
      for (const term of terms) {
        if (known.has(term.key)) continue;
        let lo = 0;
        let hi = 0;
        for (const other of terms) {
          if (other === term) continue;
          const r = range(other.key);
          // term.sign * x = -sum(other.sign * y)
          if (other.sign > 0) {
            lo -= r.hi;
            hi -= r.lo;
          } else {
            lo += r.lo;
            hi += r.hi;
          }
        }
        const [xlo, xhi] = term.sign > 0 ? [lo, hi] : [-hi, -lo];
        const b = bounds.get(term.key)!;
        const next = { lo: Math.max(b.lo, xlo), hi: Math.min(b.hi, xhi) };
        if (next.lo > b.lo || next.hi < b.hi) {
          bounds.set(term.key, next);
          changed = true;
        }
        if (next.lo === next.hi) changed = learn(term.key, next.lo) || changed;
      }
    }
  }
  return recovered;
}

/**
 * Builds the document at threshold 1 (nothing suppressed: the truth, cell for cell) and at `threshold`,
 * and fails when any hidden figure is recovered at its true value or keeps its value in the document.
 * Returns how many cells were hidden.
 */
export function assertNothingRecovered(
  name: string,
  build: (threshold: number) => ReportDocument,
  threshold = 5,
): number {
  const truth = new Map(
    tablesOf(build(1))
      .flatMap((t) => t.rows.flat())
      .flatMap((c) => (c.key !== undefined && typeof c.value === 'number' ? [[c.key, c.value] as const] : [])),
  );
  const published = build(threshold);
  const hidden = tablesOf(published)
    .flatMap((t) => t.rows.flat())
    .filter((c) => c.suppressed);
  for (const [key, value] of attack(published)) {
    const actual = truth.get(key);
    assert.ok(
      actual === undefined || Math.abs(actual - value) > 1e-9,
      `${name}: ${key} (${actual}) recovered as ${value}`,
    );
  }
  // Nothing hidden keeps its value anywhere a reader or a program could find it.
  for (const cell of hidden) assert.equal(cell.value, undefined, `${name}: ${cell.key} keeps its value`);
  assert.equal(published.marking, 'public');
  return hidden.length;
}
