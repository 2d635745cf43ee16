/**
 * The audit trail: a search by user, child, action and dates (a GET form, so a search is a link), the
 * rows a page at a time with GOV.UK pagination, and the hash chain's state once verified on request.
 */
import type { FC } from 'hono/jsx';
import type { ChainReport } from '../../access/audit-chain.ts';
import { AdminFrame, ScrollBox, SelectField, TextField, type FieldError } from './admin-form.tsx';
import { AUDIT_ACTIONS, auditHref, type AuditFilter, type AuditPage } from './admin-audit-data.ts';
import { formatDate, formatNumber } from './format.ts';
import type { SignedIn } from './layout.tsx';

function when(at: Date): string {
  return `${formatDate(at.toISOString())}, ${at.toISOString().slice(11, 19)} UTC`;
}

/**
 * What a row's detail says, as "key: value" pairs that wrap on a narrow screen, shortened: it records
 * what was asked or changed, never a child's data.
 */
function detailText(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  const text = Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value).replace(/,/g, ', ')}`)
    .join('; ');
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

const ChainStatus: FC<{ report: ChainReport | undefined; filter: AuditFilter; page: number }> = ({
  report,
  filter,
  page,
}) => (
  <div class="govuk-inset-text" data-testid="chain">
    <h2 class="govuk-heading-m">Is the trail intact?</h2>
    {report === undefined ? (
      <>
        <p class="govuk-body">
          Each row carries a hash over its content and the row before it, so an edited or deleted row shows up. Checking
          reads the whole trail.
        </p>
        <a
          href={auditHref(filter, page, true)}
          role="button"
          draggable="false"
          class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
          data-testid="verify"
        >
          Check the trail
        </a>
      </>
    ) : report.problems.length === 0 ? (
      <p class="govuk-body" data-testid="chain-status">
        <strong class="govuk-tag govuk-tag--green">intact</strong> {formatNumber(report.rows)} rows checked; no row
        edited or deleted. Last row {report.headSeq}, hash{' '}
        <code class="kestrel-nowrap">{report.headHash.slice(0, 16)}</code>
        ...
      </p>
    ) : (
      <>
        <p class="govuk-body" data-testid="chain-status">
          <strong class="govuk-tag govuk-tag--red">tampered</strong> {report.problems.length}{' '}
          {report.problems.length === 1 ? 'problem' : 'problems'} in {formatNumber(report.rows)} rows.
        </p>
        <ul class="govuk-list govuk-list--bullet">
          {report.problems.slice(0, 20).map((problem) => (
            <li>{problem.message}</li>
          ))}
        </ul>
      </>
    )}
  </div>
);

const FilterForm: FC<{ filter: AuditFilter; errors: readonly FieldError[] }> = ({ filter, errors }) => (
  <form method="get" action="/admin/audit" novalidate data-testid="audit-filter">
    <h2 class="govuk-heading-m">Search</h2>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-half">
        <TextField
          id="user"
          label="User name"
          hint="Or a command, such as cli:import."
          value={filter.user}
          errors={errors}
        />
        <TextField id="child" label="Child id" value={filter.child} width="govuk-input--width-10" errors={errors} />
        <SelectField
          id="action"
          label="Action"
          options={[{ value: '', text: 'Any' }, ...AUDIT_ACTIONS.map((action) => ({ value: action, text: action }))]}
          value={filter.action}
          errors={errors}
        />
      </div>
      <div class="govuk-grid-column-one-half">
        <TextField
          id="from"
          label="From"
          hint="On or after this date, for example 2026-06-01."
          value={filter.from}
          width="govuk-input--width-10"
          errors={errors}
        />
        <TextField
          id="to"
          label="To"
          hint="On or before this date, for example 2026-06-30."
          value={filter.to}
          width="govuk-input--width-10"
          errors={errors}
        />
      </div>
    </div>
    <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="search">
      Search
    </button>
  </form>
);

const Pagination: FC<{ filter: AuditFilter; result: AuditPage }> = ({ filter, result }) =>
  result.page === 1 && !result.hasNext ? null : (
    <nav class="govuk-pagination" aria-label="Pages of results">
      {result.page > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={auditHref(filter, result.page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {Array.from({ length: result.page + (result.hasNext ? 1 : 0) }, (_, i) => i + 1)
          .filter((n) => n === 1 || Math.abs(n - result.page) <= 1)
          .map((n, index, shown) => (
            <>
              {index > 0 && n - shown[index - 1]! > 1 ? (
                <li class="govuk-pagination__item govuk-pagination__item--ellipses">⋯</li>
              ) : null}
              <li class={`govuk-pagination__item${n === result.page ? ' govuk-pagination__item--current' : ''}`}>
                <a
                  class="govuk-link govuk-pagination__link"
                  href={auditHref(filter, n)}
                  aria-label={`Page ${n}`}
                  aria-current={n === result.page ? 'page' : undefined}
                >
                  {n}
                </a>
              </li>
            </>
          ))}
      </ul>
      {result.hasNext ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={auditHref(filter, result.page + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
    </nav>
  );

const ResultsTable: FC<{ result: AuditPage }> = ({ result }) => (
  <ScrollBox label="Audit rows">
    <table class="govuk-table" data-testid="audit-rows">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {result.rows.length === 0 ? 'No rows match' : `Page ${result.page}, newest first`}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {['When', 'Who', 'Action', 'Record', 'Child', 'Detail'].map((heading) => (
            <th scope="col" class="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {result.rows.map((row) => (
          <tr class="govuk-table__row" data-action={row.action}>
            <td class="govuk-table__cell kestrel-nowrap">{when(new Date(row.at))}</td>
            <td class="govuk-table__cell">{row.actorName}</td>
            <td class="govuk-table__cell">{row.action}</td>
            <td class="govuk-table__cell">
              {row.entity}
              {row.entity_id ? ` ${row.entity_id}` : ''}
            </td>
            <td class="govuk-table__cell">{row.child_id ?? ''}</td>
            <td class="govuk-table__cell govuk-!-font-size-16">{detailText(row.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </ScrollBox>
);

export const AuditPageView: FC<{
  filter: AuditFilter;
  errors: readonly FieldError[];
  result: AuditPage | undefined;
  report: ChainReport | undefined;
  signedIn: SignedIn;
}> = ({ filter, errors, result, report, signedIn }) => (
  <AdminFrame title="Audit trail" signedIn={signedIn} errors={errors}>
    <h1 class="govuk-heading-xl">Audit trail</h1>
    <ChainStatus report={report} filter={filter} page={result?.page ?? 1} />
    <FilterForm filter={filter} errors={errors} />
    {result ? (
      <>
        <ResultsTable result={result} />
        <Pagination filter={filter} result={result} />
      </>
    ) : null}
  </AdminFrame>
);
