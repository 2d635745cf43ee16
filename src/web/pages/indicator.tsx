/**
 * An indicator's page: the definition in words, the trend against target and the published England,
 * region and neighbour figures (indicator-chart.tsx: SVG with a text alternative and its numbers in a
 * table), the figure by team and by worker, the children behind it (numerator, denominator only,
 * excluded with the reason) for roles that may see them, and the commentary and actions with, for those
 * who may write, the form that adds one (indicator-commentary.tsx).
 */
import type { FC } from 'hono/jsx';
import type { ExplainRow } from '../../indicators/result.ts';
import { benchmarkUnit, formatValue, RagTag } from './dashboard.tsx';
import { ErrorSummary } from './dashboard-form.tsx';
import { formatDate, formatNumber } from './format.ts';
import { TrendChart, TrendTable } from './indicator-chart.tsx';
import type { HistoryEntry } from './indicator-commentary-data.ts';
import { CommentaryForm, History, type CommentaryFormState } from './indicator-commentary.tsx';
import type { IndicatorPageData, PartFigure } from './indicator-data.ts';
import { Layout, type SignedIn } from './layout.tsx';

const POLARITY = { H: 'Higher is better', L: 'Lower is better', N: 'Neither higher nor lower is better' };
const STATUS = { numerator: 'Counted (numerator)', denominator: 'In the cohort only', excluded: 'Excluded' } as const;
const WINDOW_WORDS: Record<string, string> = {
  month: 'the month to date',
  quarter: 'the quarter to date',
  ytd: 'the financial year to date',
  r12: 'the 12 months to date',
  fy: 'the financial year',
};

const Parts: FC<{
  parts: PartFigure[];
  unit: IndicatorPageData['row']['unit'];
  caption: string;
  testId: string;
  who: string;
}> = ({ parts, unit, caption, testId, who }) => (
  <div class="kestrel-table-scroll">
    <table class="govuk-table" data-testid={testId}>
      <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {who}
          </th>
          {testId === 'workers' ? (
            <th scope="col" class="govuk-table__header">
              Team
            </th>
          ) : null}
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
        {parts.map((part) => (
          <tr class="govuk-table__row" data-part={part.id}>
            <th scope="row" class="govuk-table__header kestrel-measure">
              {part.name}
            </th>
            {testId === 'workers' ? <td class="govuk-table__cell">{part.teamName ?? ''}</td> : null}
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatValue(part.value, unit)}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(part.numerator)}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(part.denominator)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

const Children: FC<{ rows: ExplainRow[]; more: boolean }> = ({ rows, more }) => (
  <div class="kestrel-table-scroll">
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
  </div>
);

function benchmarkText(data: IndicatorPageData): string {
  const { row } = data;
  const b = row.benchmarks;
  if (!b) return 'No published comparison.';
  const unit = benchmarkUnit(row.unit);
  const region = b.region ? `${b.region.name} ${formatValue(b.region.value, unit)}; ` : '';
  return `England ${formatValue(b.england, unit)}; ${region}statistical neighbours ${formatValue(b.statisticalNeighbours, unit)} (${b.year}, ${b.source})`;
}

export interface IndicatorPageProps {
  data: IndicatorPageData;
  signedIn: SignedIn;
  /** The history, for roles that read commentary (not in the public edition). */
  history: readonly HistoryEntry[] | undefined;
  /** The form, for those who may write; with its problems after a refused post. */
  form: CommentaryFormState | undefined;
  /** After a post: the entry was added. */
  added: boolean;
}

export const IndicatorPage: FC<IndicatorPageProps> = ({ data, signedIn, history, form, added }) => {
  const { row } = data;
  const problems = form?.problems ?? [];
  return (
    <Layout title={`${problems.length > 0 ? 'Error: ' : ''}${row.title}`} signedIn={signedIn} section="indicators">
      <ErrorSummary problems={problems} />
      {added ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-testid="added">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title">Success</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">Added to the history of this measure.</p>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">
        {data.scorecard.level.name}, {formatDate(data.scorecard.at)}
      </span>
      <h1 class="govuk-heading-xl">{row.title}</h1>
      <p class="govuk-body-l">
        <span data-testid="current">{row.withheld ? 'c' : formatValue(row.current, row.unit)}</span>{' '}
        {row.withheld ? null : <RagTag rag={row.rag} />}
      </p>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Definition</dt>
          <dd class="govuk-summary-list__value" data-testid="definition">
            {data.definition?.definition ?? 'Not in the catalogue.'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Counted over</dt>
          <dd class="govuk-summary-list__value">
            {data.definition?.kind === 'snapshot' ? 'A count on the day' : (WINDOW_WORDS[data.window] ?? data.window)}
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
        {data.access === 'full' ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Underlying numbers</dt>
            <dd class="govuk-summary-list__value">{row.underlying ?? '-'}</dd>
          </div>
        ) : null}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Benchmarks</dt>
          <dd class="govuk-summary-list__value">{benchmarkText(data)}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Responsible officer</dt>
          <dd class="govuk-summary-list__value">{row.officer ?? '-'}</dd>
        </div>
      </dl>
      <h2 class="govuk-heading-m">Trend against target</h2>
      {row.trend.length ? (
        <>
          <TrendChart row={row} />
          <TrendTable row={row} />
        </>
      ) : (
        <p class="govuk-body">No trend can be shown.</p>
      )}
      {data.footnote ? (
        <p class="govuk-body-s" data-testid="suppression-footnote">
          {data.footnote}
        </p>
      ) : null}
      {data.teams && data.teams.length > 0 ? (
        <Parts parts={data.teams} unit={row.unit} caption="By team" testId="teams" who="Team" />
      ) : null}
      {data.workers && data.workers.length > 0 ? (
        <Parts parts={data.workers} unit={row.unit} caption="By worker" testId="workers" who="Worker" />
      ) : null}
      {data.children ? <Children rows={data.children} more={data.moreChildren} /> : null}
      {history ? (
        <>
          <h2 class="govuk-heading-l" id="commentary">
            Commentary and actions
          </h2>
          <History entries={history} />
          {form ? <CommentaryForm state={form} /> : null}
        </>
      ) : null}
    </Layout>
  );
};
