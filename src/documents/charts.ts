/**
 * Charts as hand-written SVG (no DOM, no library): a sparkline for a scorecard row, a trend chart with
 * the target and benchmark lines, and benchmark bars. Each carries a <title> and a text alternative in
 * words, so a screen reader (and the DOCX, which prints the words) says what the picture shows.
 */
import type { Unit } from '../indicators/definition.ts';
import { escapeHtml } from './escape.ts';
import { formatValue, monthYear } from './format.ts';

export interface ChartPoint {
  at: string;
  /** null: nothing to draw (not computed, or suppressed). */
  value: number | null;
  /** True when hidden by disclosure control: the alternative says "c". */
  suppressed?: boolean;
}

export interface Chart {
  svg: string;
  alt: string;
}

function scale(values: number[], height: number, pad: number): (v: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  return (v) => pad + (height - 2 * pad) * (1 - (v - min) / span);
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A 90 x 22 sparkline: the series as a polyline (gaps where there is no value), the target dashed. */
export function sparkline(points: readonly ChartPoint[], target: number | null, unit: Unit): Chart {
  const width = 90;
  const height = 22;
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const alt = trendWords(points, unit, target);
  if (values.length === 0) return { svg: '', alt };
  const y = scale(target === null ? values : [...values, target], height, 2);
  const x = (i: number): number => (points.length <= 1 ? width / 2 : 2 + ((width - 4) * i) / (points.length - 1));
  const lines = segments(points).map(
    (run) =>
      `<polyline fill="none" stroke="#1d70b8" stroke-width="1.5" points="${run.map((i) => `${round(x(i))},${round(y(points[i]?.value ?? 0))}`).join(' ')}"/>`,
  );
  const targetLine =
    target === null
      ? ''
      : `<line x1="0" x2="${width}" y1="${round(y(target))}" y2="${round(y(target))}" stroke="#505a5f" stroke-dasharray="2,2" stroke-width="0.8"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(alt)}"><title>${escapeHtml(alt)}</title>${targetLine}${lines.join('')}</svg>`;
  return { svg, alt };
}

/** Runs of consecutive points with a value (a gap breaks the line). */
function segments(points: readonly ChartPoint[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length > 0) runs.push(run);
  return runs.map((r) => (r.length === 1 ? [r[0] ?? 0, r[0] ?? 0] : r));
}

/** "Trend Jan 2017 to Dec 2017: 21.5, 21.8, ... 24.1; target 22." */
export function trendWords(points: readonly ChartPoint[], unit: Unit, target: number | null): string {
  if (points.length === 0) return 'No trend.';
  const first = monthYear(points[0]?.at ?? null);
  const last = monthYear(points.at(-1)?.at ?? null);
  const values = points.map((p) => (p.suppressed ? 'c' : p.value === null ? 'no value' : formatValue(p.value, unit)));
  const targetText = target === null ? '' : `; target ${formatValue(target, unit)}`;
  return `Trend ${first} to ${last}: ${values.join(', ')}${targetText}.`;
}

export interface ReferenceLine {
  label: string;
  value: number | null;
  colour: string;
}

/** A 520 x 200 line chart of the trend with its target and benchmark lines, labelled, with a legend. */
export function trendChart(
  title: string,
  points: readonly ChartPoint[],
  unit: Unit,
  lines: readonly ReferenceLine[],
): Chart {
  const width = 520;
  const height = 200;
  const left = 48;
  const bottom = 150;
  const top = 14;
  const drawn = lines.filter((line) => line.value !== null);
  const values = [...points.flatMap((p) => (p.value === null ? [] : [p.value])), ...drawn.map((l) => l.value ?? 0)];
  const alt =
    `${title}. ${trendWords(points, unit, null)} ${drawn.map((l) => `${l.label}: ${formatValue(l.value, unit)}.`).join(' ')}`.trim();
  if (values.length === 0) return { svg: '', alt };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  const lo = min - span * 0.1;
  const hi = max + span * 0.1;
  const y = (v: number): number => top + (bottom - top) * (1 - (v - lo) / (hi - lo));
  const plotWidth = width - left - 28;
  const x = (i: number): number => left + (points.length <= 1 ? plotWidth / 2 : (plotWidth * i) / (points.length - 1));
  const parts: string[] = [];
  for (const tick of [lo, (lo + hi) / 2, hi]) {
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#e0e0e0"/>`,
      `<text x="${left - 4}" y="${round(y(tick) + 3)}" text-anchor="end" font-size="9">${escapeHtml(formatValue(tick, unit))}</text>`,
    );
  }
  // Labels counted back from the last point, so the latest period is always labelled and none overlap.
  const step = Math.max(1, Math.ceil(points.length / 6));
  points.forEach((p, i) => {
    if ((points.length - 1 - i) % step === 0)
      parts.push(
        `<text x="${round(x(i))}" y="${bottom + 12}" text-anchor="middle" font-size="9">${escapeHtml(monthYear(p.at))}</text>`,
      );
  });
  drawn.forEach((line) => {
    const ly = round(y(line.value ?? 0));
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${ly}" y2="${ly}" stroke="${line.colour}" stroke-dasharray="5,3" stroke-width="1.2"/>`,
    );
  });
  for (const run of segments(points))
    parts.push(
      `<polyline fill="none" stroke="#1d70b8" stroke-width="2" points="${run.map((i) => `${round(x(i))},${round(y(points[i]?.value ?? 0))}`).join(' ')}"/>`,
    );
  const legend = [
    { label: 'This council', colour: '#1d70b8', dashed: false },
    ...drawn.map((l) => ({ label: l.label, colour: l.colour, dashed: true })),
  ];
  legend.forEach((item, i) => {
    const lx = left + i * 118;
    parts.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="${bottom + 30}" y2="${bottom + 30}" stroke="${item.colour}" stroke-width="2"${item.dashed ? ' stroke-dasharray="5,3"' : ''}/>`,
      `<text x="${lx + 22}" y="${bottom + 33}" font-size="9">${escapeHtml(item.label)}</text>`,
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(alt)}" font-family="Arial, sans-serif"><title>${escapeHtml(alt)}</title>${parts.join('')}</svg>`;
  return { svg, alt };
}

export interface Bar {
  label: string;
  value: number | null;
  colour: string;
}

/** Horizontal bars (this council, statistical neighbours, region, England) for one measure. */
export function benchmarkBars(title: string, bars: readonly Bar[], unit: Unit): Chart {
  const width = 360;
  const rowHeight = 18;
  const height = bars.length * rowHeight + 8;
  const labelWidth = 130;
  const max = Math.max(...bars.map((b) => b.value ?? 0), 0) || 1;
  const alt = `${title}: ${bars.map((b) => `${b.label} ${b.value === null ? 'not published' : formatValue(b.value, unit)}`).join('; ')}.`;
  const rows = bars.map((bar, i) => {
    const barWidth = bar.value === null ? 0 : ((width - labelWidth - 60) * bar.value) / max;
    const yy = 4 + i * rowHeight;
    return (
      `<text x="${labelWidth - 4}" y="${yy + 12}" text-anchor="end" font-size="9">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${yy + 2}" width="${round(barWidth)}" height="${rowHeight - 6}" fill="${bar.colour}"/>` +
      `<text x="${round(labelWidth + barWidth + 4)}" y="${yy + 12}" font-size="9">${escapeHtml(bar.value === null ? 'n/a' : formatValue(bar.value, unit))}</text>`
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="bars" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(alt)}" font-family="Arial, sans-serif"><title>${escapeHtml(alt)}</title>${rows.join('')}</svg>`;
  return { svg, alt };
}
