/**
 * The one recording form, drawn from a kind of event's fields (record-fields.ts), in the states the
 * post can leave it: fresh; errors (the GOV.UK error summary, which takes focus, linking each message
 * to its field, the message again beside the field, naming the DfE rule); DfE queries to confirm (a
 * "confirm and record" checkbox); and stale (someone else recorded on the child since the form was
 * opened: their changes listed, nothing written until this person confirms). The form carries the
 * child's version it was opened at, and its CSRF token.
 */
import type { FC } from 'hono/jsx';
import type { EventKind } from '../../recording/event-kind.ts';
import type { FieldIssue } from '../../recording/record-event.ts';
import type { ChildSummary } from './child-data.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { Choice, ShownChange } from './record-data.ts';
import type { FormFieldSpec, FormValues } from './record-fields.ts';
import { FormField, issueText } from './record-inputs.tsx';

/** The confirm checkbox's id and name (not a field of any kind: those never start with "_"). */
export const CONFIRM = '_confirm';

export interface RecordFormProps {
  child: ChildSummary;
  kind: EventKind;
  fields: FormFieldSpec[];
  values: FormValues;
  /** The version the form stands on: the one it was opened at, or the one a stale post was shown. */
  version: number;
  choices: Record<string, Choice[]>;
  errors: FieldIssue[];
  queries: FieldIssue[];
  /** Set when the post was stale: the changes recorded since the form was opened. */
  changes: ShownChange[] | undefined;
  on: string;
  signedIn: SignedIn;
}

/** The issues in the order of the form's fields (a field the form has not got goes first, on its own). */
function inFieldOrder(issues: FieldIssue[], fields: readonly FormFieldSpec[]): FieldIssue[] {
  const order = (issue: FieldIssue) => fields.findIndex((field) => field.name === fieldOf(issue, fields));
  return [...issues].sort((a, b) => order(a) - order(b));
}

/** The form field an issue belongs beside: "factors.0" is the factors field; an unknown one the confirm box. */
export function fieldOf(issue: FieldIssue, fields: readonly FormFieldSpec[]): string {
  const name = issue.field.split('.')[0] ?? '';
  return fields.some((field) => field.name === name) || name === CONFIRM ? name : (fields[0]?.name ?? name);
}

const ErrorSummary: FC<{ issues: FieldIssue[]; fields: readonly FormFieldSpec[] }> = ({ issues, fields }) => (
  // Focused when the page opens (autofocus works without scripts), so a screen reader reads it first.
  <div
    class="govuk-error-summary"
    data-module="govuk-error-summary"
    tabindex={-1}
    autofocus
    data-testid="error-summary"
  >
    <div role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          {issues.map((issue) => (
            <li>
              <a href={`#${fieldOf(issue, fields)}`}>{issueText(issue)}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  </div>
);

const StaleBanner: FC<{ changes: ShownChange[]; kind: EventKind; focus: boolean }> = ({ changes, kind, focus }) => (
  <div
    class="govuk-notification-banner"
    role="alert"
    aria-labelledby="stale-title"
    data-module="govuk-notification-banner"
    data-testid="stale"
    tabindex={-1}
    autofocus={focus}
  >
    <div class="govuk-notification-banner__header">
      <h2 class="govuk-notification-banner__title" id="stale-title">
        Important
      </h2>
    </div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">
        This child's record changed after you opened this form. Your {kind.title.toLowerCase()} is not recorded yet.
      </p>
      <table class="govuk-table" data-testid="changes">
        <caption class="govuk-table__caption govuk-table__caption--s">Recorded since you opened the form</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              When
            </th>
            <th scope="col" class="govuk-table__header">
              Who
            </th>
            <th scope="col" class="govuk-table__header">
              What
            </th>
            <th scope="col" class="govuk-table__header">
              Record
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {changes.map((change) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{change.at}</td>
              <td class="govuk-table__cell">{change.who}</td>
              <td class="govuk-table__cell">{change.what}</td>
              <td class="govuk-table__cell">{change.record}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="govuk-body">
        Check the changes above against your answers below. If what you are recording is still right, select "Confirm
        and record": it is added to the record as it is now, with the changes above kept.
      </p>
    </div>
  </div>
);

/** Tells of the queries first (focused when nothing else is), so no one misses the box at the end. */
const QueryBanner: FC<{ queries: FieldIssue[]; focus: boolean }> = ({ queries, focus }) => (
  <div
    class="govuk-notification-banner"
    role="alert"
    aria-labelledby="queries-title"
    data-module="govuk-notification-banner"
    data-testid="queries-banner"
    tabindex={-1}
    autofocus={focus}
  >
    <div class="govuk-notification-banner__header">
      <h2 class="govuk-notification-banner__title" id="queries-title">
        Important
      </h2>
    </div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">
        Not recorded yet: the DfE rules query {queries.length === 1 ? 'one answer' : `${queries.length} answers`}.{' '}
        <a class="govuk-notification-banner__link" href="#_confirm">
          Check and confirm
        </a>
      </p>
    </div>
  </div>
);

const ConfirmQueries: FC<{ queries: FieldIssue[]; error: FieldIssue | undefined }> = ({ queries, error }) => (
  <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
    <fieldset class="govuk-fieldset" aria-describedby={`confirm-hint${error ? ' confirm-error' : ''}`}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">DfE queries to check</legend>
      <div id="confirm-hint" class="govuk-hint">
        The statutory return would query {queries.length === 1 ? 'this' : 'these'}. A query can be right: check the
        answers, change them, or confirm that they are right.
      </div>
      <ul class="govuk-list govuk-list--bullet" data-testid="queries">
        {queries.map((issue) => (
          <li>{issueText(issue)}</li>
        ))}
      </ul>
      {error ? (
        <p id="confirm-error" class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      ) : null}
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id={CONFIRM} name={CONFIRM} type="checkbox" value="yes" />
          <label class="govuk-label govuk-checkboxes__label" for={CONFIRM}>
            The answers are right: confirm and record
          </label>
        </div>
      </div>
    </fieldset>
    <input type="hidden" name="_queried" value="yes" />
  </div>
);

export const RecordFormPage: FC<RecordFormProps> = (props) => {
  const { child, kind, fields, values, errors, queries, changes } = props;
  const ordered = inFieldOrder(errors, fields);
  const on = (issue: FieldIssue, name: string) => fieldOf(issue, fields) === name;
  const title = `${errors.length > 0 ? 'Error: ' : ''}${kind.title}`;
  return (
    <Layout title={title} signedIn={props.signedIn} section="children">
      <a href={`/children/${encodeURIComponent(child.id)}/record`} class="govuk-back-link">
        Back to the list of events
      </a>
      {ordered.length > 0 ? <ErrorSummary issues={ordered} fields={fields} /> : null}
      {changes ? <StaleBanner changes={changes} kind={kind} focus={ordered.length === 0} /> : null}
      {queries.length > 0 ? <QueryBanner queries={queries} focus={ordered.length === 0 && !changes} /> : null}
      <span class="govuk-caption-l">
        {child.name}, child {child.id}
      </span>
      <h1 class="govuk-heading-l">{kind.title}</h1>
      <form
        method="post"
        action={`/children/${encodeURIComponent(child.id)}/record/${kind.kind}`}
        novalidate
        data-testid="record-form"
      >
        <input type="hidden" name="_csrf" value={props.signedIn.csrfToken} />
        <input type="hidden" name="_version" value={String(props.version)} />
        {fields.map((field) => (
          <FormField
            field={field}
            value={values[field.name]}
            errors={errors.filter((issue) => on(issue, field.name))}
            queries={queries.filter((issue) => on(issue, field.name))}
            choices={props.choices[field.name]}
            on={props.on}
          />
        ))}
        {queries.length > 0 ? (
          <ConfirmQueries queries={queries} error={errors.find((issue) => issue.field === CONFIRM)} />
        ) : null}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="record">
            {changes || queries.length > 0 ? 'Confirm and record' : 'Record'}
          </button>
          <a class="govuk-link" href={`/children/${encodeURIComponent(child.id)}`}>
            Cancel
          </a>
        </div>
      </form>
    </Layout>
  );
};
