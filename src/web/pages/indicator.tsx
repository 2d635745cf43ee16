/**
 * An indicator's page: the definition in words, the trend against target (SVG with a text alternative
 * and the numbers in a table), benchmarks, the figure by team, and the children behind it (numerator,
 * denominator only, excluded with the reason) for roles that may see them.
 */
import type { FC } from 'hono/jsx';
import type { TrendPoint } from '../../framework/model.ts';
import type { ExplainRow } from '../../indicators/result.ts';
import { formatValue, RagTag } from './dashboard.tsx';
import { formatDate, formatNumber } from './format.ts';
import type { IndicatorPageData, TeamFigure } from './indicator-data.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { describeTrend } from './sparkline.tsx';

const POLARITY = { H: 'Higher is better', L: 'Lower is better', N: 'Neither higher nor lower is better' };
const STATUS = { numerator: 'Counted (numerator)', denominator: 'In the cohort only', excluded: 'Excluded' } as const;

/** The points of one line (values or targets) on a scale shared by both, as SVG polyline runs. */
export function chartRuns(
  points: readonly TrendPoint[],
  key: 'value' | 'target',
  box: { width: number; height: number; pad: number },
): string[] {
  const all = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  if (all.length === 0) return [];
  const min = Math.min(...all);
  const span = Math.max(...all) - min || 1;
  const step = points.length > 1 ? (box.width - 2 * box.pad) / (points.length - 1) : 0;
  const runs: string[][] = [[]];
  points.forEach((point, i) => {
    const value = point[key];
    if (value === null) return void runs.push([]);
    const y = box.height - box.pad - ((value - min) / span) * (box.height - 2 * box.pad);
    runs[runs.length - 1]!.push(`${(box.pad + i * step).toFixed(1)},${y.toFixed(1)}`);
  });
  return runs.filter((run) => run.length > 1).map((run) => run.join(' '));
}

const TrendChart: FC<{ points: TrendPoint[]; label: string }> = ({ points, label }) => {
  const box = { width: 600, height: 200, pad: 10 };
  return (
    <svg class="kestrel-chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label} width="100%">
      <title>{label}</title>
      <rect x="0" y="0" width={box.width} height={box.height} fill="#f3f2f1" />
      {chartRuns(points, 'target', box).map((run) => (
        <polyline points={run} fill="none" stroke="#505a5f" stroke-width="2" stroke-dasharray="6 4" />
      ))}
      {chartRuns(points, 'value', box).map((run) => (
        <polyline points={run} fill="none" stroke="#1d70b8" stroke-width="3" />
      ))}
    </svg>
  );
};

const Teams: FC<{ teams: TeamFigure[]; unit: IndicatorPageData['row']['unit'] }> = ({ teams, unit }) => (
  <table class="govuk-table" data-testid="teams">
    <caption class="govuk-table__caption govuk-table__caption--m">By team</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Team
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Value
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Numerator
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Denominator
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {teams.map((team) => (
        <tr class="govuk-table__row" data-team={team.teamId}>
          <td class="govuk-table__cell">{team.teamName}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(team.value, unit)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(team.numerator)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(team.denominator)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const Children: FC<{ rows: ExplainRow[]; more: boolean }> = ({ rows, more }) => (
  <table class="govuk-table" data-testid="children">
    <caption class="govuk-table__caption govuk-table__caption--m">
      {more ? `The first ${rows.length} children behind the figure` : 'The children behind the figure'}
    </caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Child
        </th>
        <th scope="col" class="govuk-table__header">
          In the figure
        </th>
        <th scope="col" class="govuk-table__header">
          Record
        </th>
        <th scope="col" class="govuk-table__header">
          Reason excluded
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {rows.map((row) => (
        <tr class="govuk-table__row" data-child={row.subjectId}>
          <td class="govuk-table__cell">
            <a class="govuk-link" href={`/children/${encodeURIComponent(row.subjectId)}`}>
              {row.subjectId}
            </a>
          </td>
          <td class="govuk-table__cell">{STATUS[row.status as keyof typeof STATUS] ?? row.status}</td>
          <td class="govuk-table__cell">{row.recordId ?? ''}</td>
          <td class="govuk-table__cell">{row.excludedReason ?? ''}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

export const IndicatorPage: FC<{ data: IndicatorPageData; signedIn: SignedIn }> = ({ data, signedIn }) => {
  const { row } = data;
  const format = (value: number) => formatValue(value, row.unit);
  const b = row.benchmarks;
  return (
    <Layout title={row.title} signedIn={signedIn} section="indicators">
      <span class="govuk-caption-l">
        {data.scorecard.level.name}, {formatDate(data.scorecard.at)}
      </span>
      <h1 class="govuk-heading-xl">{row.title}</h1>
      <p class="govuk-body-l">
        <span data-testid="current">{row.withheld ? 'Withheld' : formatValue(row.current, row.unit)}</span>{' '}
        <RagTag rag={row.rag} />
      </p>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Definition</dt>
          <dd class="govuk-summary-list__value" data-testid="definition">
            {data.definition?.definition ?? 'Not in the catalogue.'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Good performance</dt>
          <dd class="govuk-summary-list__value">{POLARITY[row.polarity]}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Target</dt>
          <dd class="govuk-summary-list__value">
            {formatValue(row.target, row.unit)}
            {row.bands ? ` (${row.bands})` : ''}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Underlying numbers</dt>
          <dd class="govuk-summary-list__value">{row.underlying ?? '-'}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Benchmarks</dt>
          <dd class="govuk-summary-list__value">
            {b
              ? `England ${formatValue(b.england, row.unit)}; ${b.region ? `${b.region.name} ${formatValue(b.region.value, row.unit)}; ` : ''}statistical neighbours ${formatValue(b.statisticalNeighbours, row.unit)} (${b.year}, ${b.source})`
              : 'No published comparison.'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Responsible officer</dt>
          <dd class="govuk-summary-list__value">{row.officer ?? '-'}</dd>
        </div>
      </dl>
      <h2 class="govuk-heading-m">Trend against target</h2>
      {row.trend.length ? (
        <>
          <TrendChart points={row.trend} label={describeTrend(row.trend, format)} />
          <p class="govuk-body-s">Solid line: the value. Dashed line: the target.</p>
          <table class="govuk-table" data-testid="trend">
            <caption class="govuk-table__caption govuk-table__caption--s">The trend's numbers</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Month ending
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Value
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Target
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {row.trend.map((point) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{formatDate(point.at)}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(point.value, row.unit)}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(point.target, row.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p class="govuk-body">No trend can be shown.</p>
      )}
      {data.teams ? <Teams teams={data.teams} unit={row.unit} /> : null}
      {data.children ? <Children rows={data.children} more={data.moreChildren} /> : null}
    </Layout>
  );
};
