/**
 * The dashboard: the performance framework's scorecard for the user's scope or the filter they chose
 * (dashboard-form.tsx), one table per section: the latest value, target, RAG as a GOV.UK tag (with the
 * word, never colour alone), direction of travel, a sparkline with its text alternative, and the England
 * and statistical-neighbour benchmark. A councillor's is the public edition: hidden figures as "c" with
 * the published footnote, and no links to the figures behind a measure.
 */
import type { FC } from 'hono/jsx';
import type { Direction, Rag, ScorecardRow } from '../../framework/model.ts';
import type { DashboardData, ShownRow } from './dashboard-data.ts';
import { PERIOD_NAMES, type DashboardFilter } from './dashboard-filter.ts';
import { ErrorSummary, FilterForm, type FilterFormProps } from './dashboard-form.tsx';
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

/** The unit DfE benchmarks of a measure are in: a count's are rates per 10,000 children. */
export function benchmarkUnit(unit: ScorecardRow['unit']): ScorecardRow['unit'] {
  return unit === 'count' ? 'rate-per-10k' : unit;
}

const Row: FC<{ row: ShownRow; href: string | undefined }> = ({ row, href }) => {
  const format = (value: number) => formatValue(value, row.unit);
  const england = row.benchmarks?.england;
  const neighbours = row.benchmarks?.statisticalNeighbours;
  const unit = benchmarkUnit(row.unit);
  return (
    <tr class="govuk-table__row" data-indicator={row.indicatorId}>
      <th scope="row" class="govuk-table__header kestrel-measure">
        {href ? (
          <a class="govuk-link" href={href}>
            {row.title}
          </a>
        ) : (
          row.title
        )}
      </th>
      <td class="govuk-table__cell govuk-table__cell--numeric" data-testid={`value-${row.indicatorId}`}>
        {row.withheld ? 'c' : formatValue(row.current, row.unit)}
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(row.target, row.unit)}</td>
      <td class="govuk-table__cell kestrel-nowrap" data-testid={`rag-${row.indicatorId}`}>
        {row.withheld ? 'c' : <RagTag rag={row.rag} />}
      </td>
      <td class="govuk-table__cell kestrel-nowrap">
        {row.direction.previous ? DIRECTION[row.direction.previous] : '-'}
      </td>
      <td class="govuk-table__cell">
        <Sparkline points={row.trend} label={describeTrend(row.trend, format, row.withheldAt)} />
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">
        {england === null || england === undefined ? '-' : formatValue(england, unit)}
        {neighbours === null || neighbours === undefined ? null : (
          <>
            <br />
            <span class="govuk-body-s">neighbours {formatValue(neighbours, unit)}</span>
          </>
        )}
      </td>
    </tr>
  );
};

/** The words under the heading: the date and the period the figures count over. */
function positionText(filter: DashboardFilter): string {
  const over =
    filter.period === 'framework'
      ? 'each measure counted over the period its framework sets'
      : `measures of a period counted over the ${PERIOD_NAMES[filter.period].toLowerCase()}`;
  return `Position on ${formatDate(filter.date)}; ${over}.`;
}

export interface DashboardProps {
  /** Undefined when the filter could not be read (its problems are then in `form`). */
  data: DashboardData | undefined;
  form: FilterFormProps;
  /** The filter's query string, carried to each measure's page. */
  linkQuery: string;
  signedIn: SignedIn;
  section?: SectionId | undefined;
}

export const DashboardPage: FC<DashboardProps> = ({ data, form, linkQuery, signedIn, section = 'dashboard' }) => {
  const scorecard = data?.scorecard;
  const rows = scorecard?.sections.flatMap((s) => s.rows) ?? [];
  const count = (rag: Rag) => rows.filter((row) => row.rag === rag).length;
  const name = section === 'dashboard' ? 'Dashboard' : 'Indicators';
  return (
    <Layout
      title={`${form.problems.length > 0 ? 'Error: ' : ''}${name}${scorecard ? `: ${scorecard.level.name}` : ''}`}
      signedIn={signedIn}
      section={section}
    >
      <ErrorSummary problems={form.problems} />
      {scorecard ? (
        <>
          <span class="govuk-caption-l">
            {scorecard.framework.name}, {scorecard.period}
          </span>
          <h1 class="govuk-heading-xl">{scorecard.level.name}</h1>
          <p class="govuk-body-l">{positionText(form.filter)}</p>
        </>
      ) : (
        <h1 class="govuk-heading-xl">{name}</h1>
      )}
      <FilterForm {...form} />
      {data?.access === 'suppressed' ? (
        <div class="govuk-inset-text" data-testid="suppressed-note">
          Figures are shown as the council publishes them: small numbers are suppressed and shown as c.
        </div>
      ) : null}
      {scorecard ? (
        <p class="govuk-body" data-testid="rag-summary">
          <strong class={RAG_TAG.red}>{count('red')} red</strong>{' '}
          <strong class={RAG_TAG.amber}>{count('amber')} amber</strong>{' '}
          <strong class={RAG_TAG.green}>{count('green')} green</strong>
        </p>
      ) : null}
      {scorecard?.sections.map((section) => (
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
                  <Row
                    row={row}
                    href={
                      data?.access === 'full'
                        ? `/indicators/${encodeURIComponent(row.indicatorId)}${linkQuery}`
                        : undefined
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ))}
      {data?.footnote ? (
        <p class="govuk-body-s" data-testid="suppression-footnote">
          {data.footnote}
        </p>
      ) : null}
    </Layout>
  );
};
