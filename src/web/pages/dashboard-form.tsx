/**
 * The dashboard's filter as a GOV.UK form sent by GET (period, the date as a GOV.UK date input, the
 * level), and the GOV.UK error summary with each message beside its field (WCAG 3.3.1, 3.3.3).
 */
import type { FC } from 'hono/jsx';
import {
  DASHBOARD_PERIODS,
  PERIOD_NAMES,
  type DashboardFilter,
  type FilterInput,
  type FilterProblem,
  type LevelChoice,
} from './dashboard-filter.ts';

export interface FilterFormProps {
  /** Where the form sends itself: the dashboard or the indicators list. */
  action: string;
  input: FilterInput;
  /** The filter in use (the form's values when nothing was typed). */
  filter: DashboardFilter;
  levels: readonly LevelChoice[];
  problems: readonly FilterProblem[];
}

export const ErrorSummary: FC<{ problems: readonly { field: string; message: string }[] }> = ({ problems }) =>
  problems.length === 0 ? null : (
    <div class="govuk-error-summary" data-module="govuk-error-summary" data-testid="error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li>
                <a href={`#${problem.field}`}>{problem.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );

const FieldError: FC<{ id: string; problem: FilterProblem | undefined }> = ({ id, problem }) =>
  problem ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {problem.message}
    </p>
  ) : null;

const DateInput: FC<{ input: FilterInput; date: string; problem: FilterProblem | undefined }> = ({
  input,
  date,
  problem,
}) => {
  const [year, month, day] = date.split('-');
  const typed = Boolean(input.day || input.month || input.year);
  const parts = [
    { name: 'day', label: 'Day', value: typed ? (input.day ?? '') : String(Number(day)), width: 2 },
    { name: 'month', label: 'Month', value: typed ? (input.month ?? '') : String(Number(month)), width: 2 },
    { name: 'year', label: 'Year', value: typed ? (input.year ?? '') : (year ?? ''), width: 4 },
  ];
  return (
    <div class={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={`date-hint${problem ? ' date-error' : ''}`}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Position on</legend>
        <div id="date-hint" class="govuk-hint">
          For example, 31 3 2026
        </div>
        <FieldError id="date" problem={problem} />
        <div class="govuk-date-input" id="date">
          {parts.map((part) => (
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`date-${part.name}`}>
                  {part.label}
                </label>
                <input
                  class={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${problem ? ' govuk-input--error' : ''}`}
                  id={`date-${part.name}`}
                  name={`date-${part.name}`}
                  type="text"
                  inputmode="numeric"
                  value={part.value}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
};

const Select: FC<{
  id: 'period' | 'level';
  label: string;
  value: string;
  options: readonly LevelChoice[];
  problem: FilterProblem | undefined;
}> = ({ id, label, value, options, problem }) => (
  <div class={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
    <label class="govuk-label govuk-label--s" for={id}>
      {label}
    </label>
    <FieldError id={id} problem={problem} />
    <select
      class={`govuk-select${problem ? ' govuk-select--error' : ''}`}
      id={id}
      name={id}
      aria-describedby={problem ? `${id}-error` : undefined}
    >
      {options.map((option) => (
        <option value={option.value} selected={option.value === value}>
          {option.text}
        </option>
      ))}
    </select>
  </div>
);

export const FilterForm: FC<FilterFormProps> = ({ action, input, filter, levels, problems }) => {
  const problemOf = (...fields: FilterProblem['field'][]) => problems.find((p) => fields.includes(p.field));
  const periods = DASHBOARD_PERIODS.map((period) => ({ value: period, text: PERIOD_NAMES[period] }));
  return (
    <form method="get" action={action} class="kestrel-filter kestrel-no-print" data-testid="filter" novalidate>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <Select
            id="level"
            label="Council, locality or team"
            value={input.level || filter.level}
            options={levels}
            problem={problemOf('level')}
          />
        </div>
        <div class="govuk-grid-column-one-third">
          <Select
            id="period"
            label="Period"
            value={input.period || filter.period}
            options={periods}
            problem={problemOf('period')}
          />
        </div>
        <div class="govuk-grid-column-one-third">
          <DateInput input={input} date={filter.date} problem={problemOf('date-day', 'date-month', 'date-year')} />
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-testid="apply">
        Show figures
      </button>
    </form>
  );
};
