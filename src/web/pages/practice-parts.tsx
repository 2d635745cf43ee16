/**
 * The pieces every practice tool's page is made of: GOV.UK tables, GET filter forms (so every filter
 * works without JavaScript and a filtered page is a link), and a child's name linking to the child's page.
 */
import type { Child, FC } from 'hono/jsx';
import { formatNumber } from './format.ts';

export const ChildLink: FC<{ id: string; names: ReadonlyMap<string, string> }> = ({ id, names }) => (
  <a class="govuk-link" href={`/children/${encodeURIComponent(id)}`}>
    {names.get(id) ?? id}
  </a>
);

export interface Column {
  text: string;
  numeric?: boolean;
}

/** A GOV.UK table: caption, column headers, and one row of cells per line (the first cell a row header). */
export const DataTable: FC<{
  caption: string;
  columns: readonly Column[];
  rows: readonly Child[][];
  testid: string;
  empty: string;
  /** One attribute per row (data-child, data-worker ...), for tests. */
  keys?: readonly string[] | undefined;
  keyName?: string | undefined;
}> = ({ caption, columns, rows, testid, empty, keys, keyName }) =>
  rows.length === 0 ? (
    <p class="govuk-body" data-testid={testid}>
      {caption}: {empty}
    </p>
  ) : (
    // Wide tables scroll sideways on a phone; the region takes focus so a keyboard can scroll it too.
    <div class="kestrel-table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="govuk-table" data-testid={testid}>
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {columns.map((column) => (
              <th scope="col" class={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}>
                {column.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((cells, i) => (
            <tr class="govuk-table__row" {...(keys && keyName ? { [`data-${keyName}`]: keys[i] } : {})}>
              {cells.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" class="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td class={`govuk-table__cell${columns[j]?.numeric ? ' govuk-table__cell--numeric' : ''}`}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

/** A GOV.UK summary list of figures: label and value. */
export const Figures: FC<{ items: ReadonlyArray<[string, Child]>; testid: string }> = ({ items, testid }) => (
  <dl class="govuk-summary-list" data-testid={testid}>
    {items.map(([label, value]) => (
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{label}</dt>
        <dd class="govuk-summary-list__value">{value}</dd>
      </div>
    ))}
  </dl>
);

/** A GET form of filters; its button reloads the page with them in the address. */
export const FilterForm: FC<{ action: string; children?: Child; button?: string; testid?: string }> = ({
  action,
  children,
  button,
  testid,
}) => (
  <form method="get" action={action} class="kestrel-filters" data-testid={testid ?? 'filters'}>
    {children}
    <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
      {button ?? 'Show'}
    </button>
  </form>
);

export const DateInput: FC<{ name: string; label: string; value: string }> = ({ name, label, value }) => (
  <div class="govuk-form-group">
    <label class="govuk-label" for={`f-${name}`}>
      {label}
    </label>
    <div class="govuk-hint" id={`f-${name}-hint`}>
      YYYY-MM-DD
    </div>
    <input
      class="govuk-input govuk-input--width-10"
      id={`f-${name}`}
      name={name}
      type="text"
      inputmode="numeric"
      value={value}
      aria-describedby={`f-${name}-hint`}
    />
  </div>
);

export const TextInput: FC<{ name: string; label: string; value: string; hint?: string }> = ({
  name,
  label,
  value,
  hint,
}) => (
  <div class="govuk-form-group">
    <label class="govuk-label" for={`f-${name}`}>
      {label}
    </label>
    {hint ? (
      <div class="govuk-hint" id={`f-${name}-hint`}>
        {hint}
      </div>
    ) : null}
    <input
      class="govuk-input govuk-input--width-10"
      id={`f-${name}`}
      name={name}
      type="text"
      value={value}
      {...(hint ? { 'aria-describedby': `f-${name}-hint` } : {})}
    />
  </div>
);

export const Select: FC<{
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; text: string }>;
}> = ({ name, label, value, options }) => (
  <div class="govuk-form-group">
    <label class="govuk-label" for={`f-${name}`}>
      {label}
    </label>
    <select class="govuk-select" id={`f-${name}`} name={name}>
      {options.map((option) => (
        <option value={option.value} selected={option.value === value}>
          {option.text}
        </option>
      ))}
    </select>
  </div>
);

export const PERIOD_OPTIONS = [
  { value: 'month', text: 'Month to date' },
  { value: 'quarter', text: 'Quarter to date' },
  { value: 'ytd', text: 'Financial year to date' },
  { value: 'fy', text: 'Financial year' },
  { value: 'r12', text: 'Rolling 12 months' },
];

export const percent = (value: number | null) => (value === null ? '-' : `${formatNumber(value)}%`);
