/**
 * Commentary and actions on an indicator's page: the history (every entry kept, newest first) and, for
 * those who may write, a GOV.UK form posted with its CSRF token. Errors show in the error summary and
 * beside each field; the owner and due date are plain fields (no script needed to reveal them).
 */
import type { FC } from 'hono/jsx';
import { formatDate } from './format.ts';
import type { CommentaryInput, CommentaryProblem, HistoryEntry } from './indicator-commentary-data.ts';

export interface CommentaryFormState {
  /** Where the form posts (the indicator's commentary route, with the page's filter). */
  action: string;
  csrfToken: string;
  input: CommentaryInput;
  problems: readonly CommentaryProblem[];
}

const FieldError: FC<{ id: string; problem: CommentaryProblem | undefined }> = ({ id, problem }) =>
  problem ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {problem.message}
    </p>
  ) : null;

const group = (problem: CommentaryProblem | undefined) =>
  `govuk-form-group${problem ? ' govuk-form-group--error' : ''}`;

export const History: FC<{ entries: readonly HistoryEntry[] }> = ({ entries }) =>
  entries.length === 0 ? (
    <p class="govuk-body" data-testid="no-commentary">
      No comment or action has been written for this measure.
    </p>
  ) : (
    <ol class="govuk-list" data-testid="commentary" reversed>
      {entries.map((entry) => (
        <li class="kestrel-entry" data-kind={entry.kind}>
          <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
            <strong class={`govuk-tag ${entry.kind === 'action' ? 'govuk-tag--purple' : 'govuk-tag--grey'}`}>
              {entry.kind}
            </strong>{' '}
            for {entry.period}
          </h3>
          <p class="govuk-body kestrel-prose">{entry.text}</p>
          {entry.kind === 'action' && (entry.owner || entry.due) ? (
            <p class="govuk-body-s">
              {entry.owner ? `Owner: ${entry.owner}. ` : ''}
              {entry.due ? `Due ${formatDate(entry.due)}.` : ''}
            </p>
          ) : null}
          <p class="govuk-body-s kestrel-secondary-text">
            Written by {entry.authorName} on {formatDate(entry.writtenAt)}
          </p>
        </li>
      ))}
    </ol>
  );

const DueDate: FC<{ input: CommentaryInput; problem: CommentaryProblem | undefined }> = ({ input, problem }) => (
  <div class={group(problem)}>
    <fieldset class="govuk-fieldset" role="group" aria-describedby={`due-hint${problem ? ' due-error' : ''}`}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Due date (actions only, optional)</legend>
      <div id="due-hint" class="govuk-hint">
        For example, 30 9 2026
      </div>
      <FieldError id="due" problem={problem} />
      <div class="govuk-date-input" id="due">
        {(
          [
            ['day', 'Day', input.dueDay, 2],
            ['month', 'Month', input.dueMonth, 2],
            ['year', 'Year', input.dueYear, 4],
          ] as const
        ).map(([name, label, value, width]) => (
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for={`due-${name}`}>
                {label}
              </label>
              <input
                class={`govuk-input govuk-date-input__input govuk-input--width-${width}${problem ? ' govuk-input--error' : ''}`}
                id={`due-${name}`}
                name={`due-${name}`}
                type="text"
                inputmode="numeric"
                value={value}
              />
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  </div>
);

export const CommentaryForm: FC<{ state: CommentaryFormState }> = ({ state }) => {
  const { input, problems } = state;
  const problemOf = (...fields: CommentaryProblem['field'][]) => problems.find((p) => fields.includes(p.field));
  const kind = problemOf('kind');
  const period = problemOf('period');
  const text = problemOf('text');
  const owner = problemOf('owner');
  return (
    <form method="post" action={state.action} class="kestrel-no-print" data-testid="commentary-form" novalidate>
      <input type="hidden" name="_csrf" value={state.csrfToken} />
      <h3 class="govuk-heading-m">Add a comment or action</h3>
      <div class={group(kind)}>
        <fieldset class="govuk-fieldset" aria-describedby={kind ? 'kind-error' : undefined}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What are you adding?</legend>
          <FieldError id="kind" problem={kind} />
          <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
            {(
              [
                ['comment', 'Comment'],
                ['action', 'Action'],
              ] as const
            ).map(([value, label], i) => (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={i === 0 ? 'kind' : `kind-${value}`}
                  name="kind"
                  type="radio"
                  value={value}
                  checked={(input.kind || 'comment') === value}
                />
                <label class="govuk-label govuk-radios__label" for={i === 0 ? 'kind' : `kind-${value}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div class={group(period)}>
        <label class="govuk-label govuk-label--s" for="period">
          Period it is written for
        </label>
        <div id="period-hint" class="govuk-hint">
          A financial year (2025-26), a quarter (2025-26Q1) or a month (2026-06)
        </div>
        <FieldError id="period" problem={period} />
        <input
          class={`govuk-input govuk-input--width-10${period ? ' govuk-input--error' : ''}`}
          id="period"
          name="period"
          type="text"
          value={input.period}
          aria-describedby={`period-hint${period ? ' period-error' : ''}`}
          spellcheck={false}
        />
      </div>
      <div class={group(text)}>
        <label class="govuk-label govuk-label--s" for="text">
          Comment or action
        </label>
        <div id="text-hint" class="govuk-hint">
          It is added to the history; earlier entries are kept.
        </div>
        <FieldError id="text" problem={text} />
        <textarea
          class={`govuk-textarea${text ? ' govuk-textarea--error' : ''}`}
          id="text"
          name="text"
          rows={5}
          aria-describedby={`text-hint${text ? ' text-error' : ''}`}
        >
          {input.text}
        </textarea>
      </div>
      <div class={group(owner)}>
        <label class="govuk-label govuk-label--s" for="owner">
          Owner (actions only, optional)
        </label>
        <FieldError id="owner" problem={owner} />
        <input
          class={`govuk-input govuk-!-width-two-thirds${owner ? ' govuk-input--error' : ''}`}
          id="owner"
          name="owner"
          type="text"
          value={input.owner}
          aria-describedby={owner ? 'owner-error' : undefined}
        />
      </div>
      <DueDate input={input} problem={problemOf('due-day', 'due-month', 'due-year')} />
      <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="add-commentary">
        Add to the history
      </button>
    </form>
  );
};
