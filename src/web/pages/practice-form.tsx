/**
 * The GOV.UK form pieces the practice tools' forms share: the error summary (each problem a link to its
 * field, WCAG 3.3.1), and inputs that show their own error beside the label. A form posts without
 * JavaScript and carries the CSRF token.
 */
import type { Child, FC } from 'hono/jsx';

/** A problem with a form: the field's id and the message shown beside it and in the summary. */
export interface FieldError {
  field: string;
  message: string;
}

export type FormValues = Record<string, string>;

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

const errorOf = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field);

const FieldMessage: FC<{ id: string; error: FieldError | undefined }> = ({ id, error }) =>
  error ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  ) : null;

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  values: FormValues;
  errors: readonly FieldError[];
}

function describedBy(id: string, hint: string | undefined, error: FieldError | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

const Group: FC<{ error: FieldError | undefined; children?: Child }> = ({ error, children }) => (
  <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>
);

const Hint: FC<{ id: string; hint: string | undefined }> = ({ id, hint }) =>
  hint ? (
    <div id={`${id}-hint`} class="govuk-hint">
      {hint}
    </div>
  ) : null;

export const TextField: FC<FieldProps & { width?: string }> = ({ id, label, hint, values, errors, width }) => {
  const error = errorOf(errors, id);
  return (
    <Group error={error}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldMessage id={id} error={error} />
      <input
        class={`govuk-input ${width ?? 'govuk-!-width-two-thirds'}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={values[id] ?? ''}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Group>
  );
};

export const TextArea: FC<FieldProps> = ({ id, label, hint, values, errors }) => {
  const error = errorOf(errors, id);
  return (
    <Group error={error}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldMessage id={id} error={error} />
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
      >
        {values[id] ?? ''}
      </textarea>
    </Group>
  );
};

export const SelectField: FC<FieldProps & { options: ReadonlyArray<readonly [string, string]> }> = ({
  id,
  label,
  hint,
  values,
  errors,
  options,
}) => {
  const error = errorOf(errors, id);
  return (
    <Group error={error}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldMessage id={id} error={error} />
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map(([value, text]) => (
          <option value={value} selected={(values[id] ?? '') === value}>
            {text}
          </option>
        ))}
      </select>
    </Group>
  );
};

export const Csrf: FC<{ token: string }> = ({ token }) => <input type="hidden" name="_csrf" value={token} />;

/** The words for an Ofsted grade as a page writes them. */
export const GRADE_WORDS: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

export function gradeTagClass(grade: string | null | undefined): string {
  switch (grade) {
    case 'outstanding':
    case 'good':
      return 'govuk-tag govuk-tag--green';
    case 'requires_improvement':
      return 'govuk-tag govuk-tag--yellow';
    case 'inadequate':
      return 'govuk-tag govuk-tag--red';
    default:
      return 'govuk-tag govuk-tag--grey';
  }
}

/** A form body's text fields (files and repeated fields are not used by these forms). */
export function formValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string' && key !== '_csrf') values[key] = value.trim();
  return values;
}
