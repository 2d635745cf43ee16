/**
 * The query of GET /api/indicators, checked against the server's limits before anything is opened:
 * known fields only, one value each (ids excepted), at most `maxSeries` month-ends and `maxIds` ids.
 * Every locality or team at once is allowed; every worker at once is not: per-worker figures are about
 * named staff, which an anonymous caller should not list (the CLI serves analysts meanwhile), and it is
 * the heaviest request there is (a row per worker per month per indicator).
 */
import type { IndicatorRequest } from '../../indicators/request.ts';
import { RequestLimitError, type ServerLimits } from '../limits.ts';

const SINGLE_FIELDS = ['at', 'period', 'level', 'series', 'la'] as const;

/** The indicator request the query asks for; throws RequestLimitError naming the first bad field. */
export function parseIndicatorQuery(query: Record<string, string[]>, limits: ServerLimits): IndicatorRequest {
  const one = (name: string) => query[name]?.[0];
  for (const [name, values] of Object.entries(query)) {
    const known =
      name === 'id' ||
      name === 'explain' ||
      (SINGLE_FIELDS as readonly string[]).includes(name) ||
      /^param\.[^.]+\..+$/.test(name);
    if (!known)
      throw new RequestLimitError(
        name,
        `Unknown query parameter "${name}" (expected at, period, level, id, series, la or param.<id>.<name>).`,
      );
    if (name !== 'id' && values.length > 1)
      throw new RequestLimitError(name, `${name} is given ${values.length} times; give it once.`);
  }
  const ids = query.id;
  if (ids && ids.length > limits.maxIds)
    throw new RequestLimitError('id', `id: at most ${limits.maxIds} indicators per request, got ${ids.length}.`);
  const series = one('series');
  let seriesLength: number | undefined;
  if (series !== undefined) {
    if (!/^\d+$/.test(series))
      throw new RequestLimitError('series', `series: expected a number of month-ends, got "${series.slice(0, 40)}".`);
    seriesLength = Number(series);
    if (seriesLength < 1 || seriesLength > limits.maxSeries)
      throw new RequestLimitError(
        'series',
        `series: between 1 and ${limits.maxSeries} month-ends per request, got ${series}.`,
      );
  }
  const level = one('level');
  if (level !== undefined && /^worker\s*$/.test(level)) {
    throw new RequestLimitError(
      'level',
      'level: figures for every worker at once are not available over the API; name one worker (level=worker:ID) or ask for teams.',
    );
  }
  const params: Record<string, Record<string, string>> = {};
  for (const [key, values] of Object.entries(query)) {
    const match = /^param\.([^.]+)\.(.+)$/.exec(key);
    if (match) (params[match[1]!] ??= {})[match[2]!] = values[0] ?? '';
  }
  return {
    at: one('at') as string,
    ...(one('la') ? { la: one('la') } : {}),
    ...(one('period') ? { period: one('period') } : {}),
    ...(level ? { level } : {}),
    ...(ids ? { ids } : {}),
    ...(seriesLength !== undefined ? { series: seriesLength } : {}),
    params,
  };
}
