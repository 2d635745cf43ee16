/**
 * RAG status from a framework's bands: thresholds (seed 002: "Green >= 95%, Amber 90% - 94%, Red <= 89%")
 * or a tolerance around the target. Pure functions; the bands are checked once, at import (checkBands),
 * so that every value falls in exactly one band.
 */
import type { Polarity, Unit } from '../indicators/definition.ts';
import type { Rag } from './model.ts';
import type { Band, Bands, ThresholdBands, ToleranceBands } from './schema.ts';

interface Edge {
  at: number;
  inclusive: boolean;
}

function lowerEdge(b: Band): Edge | null {
  if (b.gte !== undefined) return { at: b.gte, inclusive: true };
  if (b.gt !== undefined) return { at: b.gt, inclusive: false };
  return null;
}

function upperEdge(b: Band): Edge | null {
  if (b.lte !== undefined) return { at: b.lte, inclusive: true };
  if (b.lt !== undefined) return { at: b.lt, inclusive: false };
  return null;
}

export function bandContains(b: Band, value: number): boolean {
  const lo = lowerEdge(b);
  const hi = upperEdge(b);
  const aboveLo = !lo || value > lo.at || (lo.inclusive && value === lo.at);
  const belowHi = !hi || value < hi.at || (hi.inclusive && value === hi.at);
  return aboveLo && belowHi;
}

export function isThresholds(bands: Bands): bands is ThresholdBands {
  return 'green' in bands;
}

type Named = { rag: Rag; band: Band };

function namedBands(bands: ThresholdBands): Named[] {
  const list: Named[] = [{ rag: 'green', band: bands.green }];
  if (bands.amber) list.push({ rag: 'amber', band: bands.amber });
  list.push({ rag: 'red', band: bands.red });
  return list;
}

/** Bands from the lowest values up; a band with no lower edge first. */
function ascending(bands: ThresholdBands): Named[] {
  const key = (n: Named) => lowerEdge(n.band)?.at ?? Number.NEGATIVE_INFINITY;
  return namedBands(bands).sort((a, b) => key(a) - key(b));
}

/**
 * Why the bands cannot be used, or null when they cover every value exactly once and green lies on the
 * better side for the polarity. Bands must meet edge to edge: "lt: 95" then "gte: 95".
 */
export function checkBands(bands: Bands, polarity: Polarity): string | null {
  if (!isThresholds(bands)) {
    if ((bands.tolerance === undefined) === (bands.tolerancePercent === undefined))
      return 'give either tolerance or tolerancePercent';
    return polarity === 'N' ? 'a tolerance needs a direction: set polarity H or L' : null;
  }
  const order = ascending(bands);
  const unbounded = (edge: (b: Band) => Edge | null) => order.filter((n) => !edge(n.band)).map((n) => n.rag);
  for (const [edge, side] of [
    [lowerEdge, 'below'],
    [upperEdge, 'above'],
  ] as const) {
    const open = unbounded(edge);
    if (open.length > 1) return `the ${open.join(' and ')} bands overlap (both run on ${side})`;
  }
  for (const { rag, band } of order) {
    const lo = lowerEdge(band);
    const hi = upperEdge(band);
    if (lo && hi && (lo.at > hi.at || (lo.at === hi.at && !(lo.inclusive && hi.inclusive))))
      return `the ${rag} band is empty`;
  }
  if (lowerEdge(order[0]!.band)) return `no band covers values below ${lowerEdge(order[0]!.band)!.at} (a gap)`;
  const top = order[order.length - 1]!;
  if (upperEdge(top.band)) return `no band covers values above ${upperEdge(top.band)!.at} (a gap)`;
  for (let i = 0; i + 1 < order.length; i++) {
    const below = order[i]!;
    const above = order[i + 1]!;
    const hi = upperEdge(below.band);
    const lo = lowerEdge(above.band)!;
    if (!hi) return `the ${below.rag} and ${above.rag} bands overlap above ${lo.at}`;
    if (hi.at > lo.at || (hi.at === lo.at && hi.inclusive && lo.inclusive))
      return `the ${below.rag} and ${above.rag} bands overlap at ${lo.at}${hi.at > lo.at ? `-${hi.at}` : ''}`;
    if (hi.at < lo.at || (!hi.inclusive && !lo.inclusive))
      return `the ${below.rag} and ${above.rag} bands leave a gap between ${hi.at} and ${lo.at}`;
  }
  if (polarity === 'N') return 'bands need a direction: set polarity H or L';
  const best = polarity === 'H' ? order[order.length - 1]! : order[0]!;
  if (best.rag !== 'green')
    return `green must be the ${polarity === 'H' ? 'highest' : 'lowest'} band for a measure where ${polarity === 'H' ? 'higher' : 'lower'} is better`;
  return null;
}

/** RAG of a value; null when there is no value, no bands, or (tolerance) no target. */
export function ragOf(
  value: number | null,
  bands: Bands | undefined,
  target: number | null,
  polarity: Polarity,
): Rag | null {
  if (value === null || !Number.isFinite(value) || !bands) return null;
  if (isThresholds(bands)) return namedBands(bands).find((n) => bandContains(n.band, value))?.rag ?? null;
  return ragByTolerance(value, target, polarity, bands);
}

function ragByTolerance(value: number, target: number | null, polarity: Polarity, bands: ToleranceBands): Rag | null {
  if (target === null || polarity === 'N') return null;
  const shortfall = polarity === 'H' ? target - value : value - target;
  if (shortfall <= 0) return 'green';
  const allowed = bands.tolerance ?? (Math.abs(target) * (bands.tolerancePercent ?? 0)) / 100;
  return shortfall <= allowed ? 'amber' : 'red';
}

const SUFFIX: Partial<Record<Unit, string>> = { percent: '%' };

function edgeWords(b: Band, unit: Unit): string {
  const s = SUFFIX[unit] ?? '';
  const parts: string[] = [];
  if (b.gte !== undefined) parts.push(`>= ${b.gte}${s}`);
  if (b.gt !== undefined) parts.push(`> ${b.gt}${s}`);
  if (b.lte !== undefined) parts.push(`<= ${b.lte}${s}`);
  if (b.lt !== undefined) parts.push(`< ${b.lt}${s}`);
  return parts.join(' and ');
}

const NAME: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** The bands in words, best first: "Green >= 95%, Amber >= 90% and < 95%, Red < 90%". */
export function bandsInWords(bands: Bands | undefined, unit: Unit, target: number | null): string | null {
  if (!bands) return null;
  if (!isThresholds(bands)) {
    const s = SUFFIX[unit] ?? '';
    const tol = bands.tolerance !== undefined ? `${bands.tolerance}${s}` : `${bands.tolerancePercent}% of the target`;
    const on = target === null ? 'the target' : `the target (${target}${s})`;
    return `Green on or better than ${on}, Amber within ${tol} of it, Red beyond`;
  }
  return namedBands(bands)
    .map((n) => `${NAME[n.rag]} ${edgeWords(n.band, unit)}`)
    .join(', ');
}
