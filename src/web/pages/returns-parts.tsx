/**
 * Parts the returns pages share, in GOV.UK Frontend's markup: the links between the returns pages, the
 * error summary, pagination (plain links, so it works without JavaScript), the counts by rule and the
 * findings table, whose child column links to the child's page only when the caller may open it.
 */
import type { FC } from 'hono/jsx';
import type { BatchFinding } from '../../returns/store/import-batches.ts';
import { formatNumber } from './format.ts';
import type { ListPage, RuleCount } from './returns-findings-data.ts';
import type { FieldError } from './returns-form-data.ts';

const RETURNS_PAGES = [
  { id: 'upload', href: '/returns', text: 'Check and import a return' },
  { id: 'imports', href: '/returns/imports', text: 'Import history' },
  { id: 'exports', href: '/returns/exports', text: 'Download a return' },
] as const;

/** The three returns pages, the current one marked. */
export const ReturnsLinks: FC<{ current?: (typeof RETURNS_PAGES)[number]['id'] | undefined }> = ({ current }) => (
  <nav aria-label="Returns pages" class="govuk-!-margin-bottom-6">
    <ul class="govuk-list">
      {RETURNS_PAGES.map((item) => (
        <li>
          {item.id === current ? (
            <strong aria-current="page">{item.text}</strong>
          ) : (
            <a class="govuk-link" href={item.href}>
              {item.text}
            </a>
          )}
        </li>
      ))}
    </ul>
  </nav>
);

/** GOV.UK error summary: one link per problem, to the field at fault. */
export const ErrorSummary: FC<{ errors: readonly FieldError[] }> = ({ errors }) =>
  errors.length === 0 ? null : (
    <div class="govuk-error-summary" data-module="govuk-error-summary" data-testid="error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li>
                <a href={`#${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );

/** The message beside a field, when the form came back with a problem in it. */
export const FieldMessage: FC<{ id: string; errors: readonly FieldError[] }> = ({ id, errors }) => {
  const error = errors.find((e) => e.field === id);
  return error ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  ) : null;
};

/** The page numbers to link: the first, the last, and the current one with its neighbours. */
function pageItems(page: number, pages: number): (number | 'gap')[] {
  const items: (number | 'gap')[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 1) items.push(n);
    else if (items.at(-1) !== 'gap') items.push('gap');
  }
  return items;
}

/** GOV.UK pagination as links; `href(n)` is the address of page n. */
export const Pagination: FC<{ page: number; pages: number; href: (n: number) => string; label: string }> = ({
  page,
  pages,
  href,
  label,
}) =>
  pages <= 1 ? null : (
    <nav class="govuk-pagination" aria-label={label}>
      {page > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {pageItems(page, pages).map((item) =>
          item === 'gap' ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>
          ) : (
            <li class={`govuk-pagination__item${item === page ? ' govuk-pagination__item--current' : ''}`}>
              <a
                class="govuk-link govuk-pagination__link"
                href={href(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
    </nav>
  );

export const SeverityTag: FC<{ severity: string }> = ({ severity }) => (
  <strong class={`govuk-tag ${severity === 'error' ? 'govuk-tag--red' : 'govuk-tag--yellow'}`}>{severity}</strong>
);

/** A child's id, linked to their page when the caller may open it, else as text. */
export const ChildCell: FC<{ child: string | undefined; openable: ReadonlySet<string> }> = ({ child, openable }) =>
  child === undefined ? null : openable.has(child) ? (
    <a class="govuk-link" href={`/children/${encodeURIComponent(child)}`}>
      {child}
    </a>
  ) : (
    <>{child}</>
  );

export const RuleCountsTable: FC<{ counts: readonly RuleCount[] }> = ({ counts }) => (
  <div class="kestrel-table-scroll" role="region" aria-label="Findings by rule table" tabindex={0}>
    <table class="govuk-table" data-testid="rule-counts">
      <caption class="govuk-table__caption govuk-table__caption--m">Findings by rule</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Rule
          </th>
          <th scope="col" class="govuk-table__header">
            Severity
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Rows
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Children
          </th>
          <th scope="col" class="govuk-table__header">
            Message
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {counts.map((rule) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{rule.code}</td>
            <td class="govuk-table__cell">
              <SeverityTag severity={rule.severity} />
            </td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(rule.rows)}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(rule.children)}</td>
            <td class="govuk-table__cell">{rule.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** One page of findings: rule, severity, message, file, row, field, child. */
export const FindingsTable: FC<{
  list: ListPage<BatchFinding>;
  openable: ReadonlySet<string>;
  href: (page: number) => string;
}> = ({ list, openable, href }) => (
  <>
    <div class="kestrel-table-scroll" role="region" aria-label="Findings table" tabindex={0}>
      <table class="govuk-table" data-testid="findings">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {`Findings ${formatNumber(list.from)} to ${formatNumber(list.to)} of ${formatNumber(list.total)}`}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Rule
            </th>
            <th scope="col" class="govuk-table__header">
              Severity
            </th>
            <th scope="col" class="govuk-table__header">
              Message
            </th>
            <th scope="col" class="govuk-table__header">
              File
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Row
            </th>
            <th scope="col" class="govuk-table__header">
              Field
            </th>
            <th scope="col" class="govuk-table__header">
              Child
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {list.rows.map((f) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{f.code}</td>
              <td class="govuk-table__cell">
                <SeverityTag severity={f.severity} />
              </td>
              <td class="govuk-table__cell">{f.message}</td>
              <td class="govuk-table__cell">{f.file ?? f.table}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{f.line ?? ''}</td>
              <td class="govuk-table__cell">{f.fields.join(', ')}</td>
              <td class="govuk-table__cell">
                <ChildCell child={f.child} openable={openable} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {list.shown < list.total ? (
      <p class="govuk-body" data-testid="findings-capped">
        {`These pages show the first ${formatNumber(list.shown)} of ${formatNumber(list.total)} findings; the download has them all.`}
      </p>
    ) : null}
    <Pagination page={list.page} pages={list.pages} href={href} label="Pages of findings" />
  </>
);
