/**
 * The dashboard: the performance framework's scorecard for the user's scope, one table per section:
 * the latest value, target, RAG as a GOV.UK tag (with the word, never colour alone), direction of
 * travel, a sparkline with its text alternative, and the England and statistical-neighbour benchmark.
 */
import type { FC } from 'hono/jsx';
import type { Direction, Rag, Scorecard, ScorecardRow } from '../../framework/model.ts';
import type { FigureAccess } from './dashboard-data.ts';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SectionId, type SignedIn } from './layout.tsx';
import { describeTrend, Sparkline } from './sparkline.tsx';

const RAG_TAG: Record<Rag, string> = {
  red: 'govuk-tag govuk-tag--red',
  amber: 'govuk-tag govuk-tag--orange',
  green: 'govuk-tag govuk-tag--green',
};

const DIRECTION: Record<Direction, string> = {
  improving: '↑ Improving',
  worsening: '↓ Worsening',
  'no-change': '→ No change',
};

const UNIT_SUFFIX: Partial<Record<ScorecardRow['unit'], string>> = {
  percent: '%',
  'rate-per-10k': ' per 10,000',
  'rate-per-100k': ' per 100,000',
  'rate-per-1000': ' per 1,000',
  days: ' days',
  weeks: ' weeks',
  'per-month': ' a month',
  fte: ' FTE',
  points: ' points',
};

export function formatValue(value: number | null | undefined, unit: ScorecardRow['unit']): string {
  if (value === null || value === undefined) return '-';
  if (unit === 'pounds') return `£${formatNumber(Math.round(value))}`;
  const rounded = Math.round(value * 10) / 10;
  return `${formatNumber(rounded)}${UNIT_SUFFIX[unit] ?? ''}`;
}

export const RagTag: FC<{ rag: Rag | null }> = ({ rag }) =>
  rag ? <strong class={RAG_TAG[rag]}>{rag}</strong> : <span class="govuk-body-s">No rating</span>;

const Row: FC<{ row: ScorecardRow & { withheld?: boolean } }> = ({ row }) => {
  const format = (value: number) => formatValue(value, row.unit);
  const england = row.benchmarks?.england;
  const neighbours = row.benchmarks?.statisticalNeighbours;
  return (
    <tr class="govuk-table__row" data-indicator={row.indicatorId}>
      <th scope="row" class="govuk-table__header kestrel-measure">
        <a class="govuk-link" href={`/indicators/${encodeURIComponent(row.indicatorId)}`}>
          {row.title}
        </a>
      </th>
      <td class="govuk-table__cell govuk-table__cell--numeric" data-testid={`value-${row.indicatorId}`}>
        {row.withheld ? 'Withheld' : formatValue(row.current, row.unit)}
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(row.target, row.unit)}</td>
      <td class="govuk-table__cell kestrel-nowrap" data-testid={`rag-${row.indicatorId}`}>
        <RagTag rag={row.rag} />
      </td>
      <td class="govuk-table__cell kestrel-nowrap">
        {row.direction.previous ? DIRECTION[row.direction.previous] : '-'}
      </td>
      <td class="govuk-table__cell">
        <Sparkline points={row.trend} label={describeTrend(row.trend, format)} />
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">
        {england === null || england === undefined ? '-' : formatValue(england, row.unit)}
        {neighbours === null || neighbours === undefined ? null : (
          <>
            <br />
            <span class="govuk-body-s">neighbours {formatValue(neighbours, row.unit)}</span>
          </>
        )}
      </td>
    </tr>
  );
};

export const DashboardPage: FC<{
  scorecard: Scorecard;
  access: FigureAccess;
  signedIn: SignedIn;
  section?: SectionId | undefined;
}> = ({ scorecard, access, signedIn, section = 'dashboard' }) => {
  const rows = scorecard.sections.flatMap((section) => section.rows);
  const count = (rag: Rag) => rows.filter((row) => row.rag === rag).length;
  return (
    <Layout
      title={`${section === 'dashboard' ? 'Dashboard' : 'Indicators'}: ${scorecard.level.name}`}
      signedIn={signedIn}
      section={section}
    >
      <span class="govuk-caption-l">
        {scorecard.framework.name}, {scorecard.period}
      </span>
      <h1 class="govuk-heading-xl">{scorecard.level.name}</h1>
      <p class="govuk-body-l">Position on {formatDate(scorecard.at)}.</p>
      {access === 'suppressed' ? (
        <div class="govuk-inset-text" data-testid="suppressed-note">
          Figures are shown as in public outputs: counts of fewer than 6 children, and rates built on them, are
          withheld.
        </div>
      ) : null}
      <p class="govuk-body" data-testid="rag-summary">
        <strong class={RAG_TAG.red}>{count('red')} red</strong>{' '}
        <strong class={RAG_TAG.amber}>{count('amber')} amber</strong>{' '}
        <strong class={RAG_TAG.green}>{count('green')} green</strong>
      </p>
      {scorecard.sections.map((section) => (
        // The heading stays outside the scrolling table so a narrow screen shows it whole.
        <>
          <h2 class="govuk-heading-m" id={`section-${section.id}`}>
            {section.title}
          </h2>
          <div class="kestrel-table-scroll">
            <table class="govuk-table" data-section={section.id} aria-labelledby={`section-${section.id}`}>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Measure
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Latest
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Target
                  </th>
                  <th scope="col" class="govuk-table__header">
                    RAG
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Direction
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Trend
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    England
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {section.rows.map((row) => (
                  <Row row={row} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ))}
    </Layout>
  );
};
