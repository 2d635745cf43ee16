/**
 * The parts every Administration page shares: the frame (service navigation on Administration,
 * breadcrumbs back to it, the GOV.UK error summary whose links move focus to the field at fault, and
 * "Error: " before the title so a screen reader hears the problem first), and GOV.UK form fields that
 * show their own error beside them. Every form posts with the session's CSRF token (auth/csrf.ts).
 */
import type { Child, FC } from 'hono/jsx';
import { Layout, type SignedIn } from './layout.tsx';

/** One problem with what was sent: the id of the field at fault (the summary links to it) and the words. */
export interface FieldError {
  field: string;
  message: string;
}

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

export const AdminFrame: FC<{
  title: string;
  signedIn: SignedIn;
  /** Links above the title, Administration first; the page itself is not among them. */
  crumbs?: ReadonlyArray<{ href: string; text: string }>;
  errors?: readonly FieldError[] | undefined;
  children?: Child;
}> = ({ title, signedIn, crumbs = [], errors = [], children }) => (
  <Layout title={errors.length > 0 ? `Error: ${title}` : title} signedIn={signedIn} section="admin">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        {[{ href: '/admin', text: 'Administration' }, ...crumbs].map((crumb) => (
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={crumb.href}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
    <ErrorSummary errors={errors} />
    {children}
  </Layout>
);

export const Csrf: FC<{ signedIn: SignedIn }> = ({ signedIn }) => (
  <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
);

/** The error shown beside a field, when there is one for it. */
function errorFor(errors: readonly FieldError[] | undefined, id: string): FieldError | undefined {
  return errors?.find((error) => error.field === id);
}

const FieldMessage: FC<{ id: string; error: FieldError | undefined }> = ({ id, error }) =>
  error ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  ) : null;

function describedBy(id: string, hint: string | undefined, error: FieldError | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly FieldError[] | undefined;
}

export const TextField: FC<FieldProps & { value?: string | undefined; width?: string; autocomplete?: string }> = ({
  id,
  label,
  hint,
  errors,
  value,
  width = 'govuk-!-width-two-thirds',
  autocomplete,
}) => {
  const error = errorFor(errors, id);
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      <FieldMessage id={id} error={error} />
      <input
        class={`govuk-input ${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={value ?? ''}
        spellcheck={false}
        autocomplete={autocomplete ?? 'off'}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
};

export interface Option {
  value: string;
  text: string;
}

export const SelectField: FC<FieldProps & { options: readonly Option[]; value?: string | undefined }> = ({
  id,
  label,
  hint,
  errors,
  options,
  value,
}) => {
  const error = errorFor(errors, id);
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      <FieldMessage id={id} error={error} />
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === (value ?? '')}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
};

/**
 * Radios or checkboxes in a fieldset: the legend names the question; the first input carries the field's
 * id, so the error summary's link lands on it.
 */
export const ChoiceField: FC<
  FieldProps & { kind: 'radios' | 'checkboxes'; options: readonly Option[]; chosen: readonly string[]; small?: boolean }
> = ({ id, label, hint, errors, kind, options, chosen, small }) => {
  const error = errorFor(errors, id);
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const base = kind === 'radios' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        <FieldMessage id={id} error={error} />
        <div class={`${base}${small ? ` ${base}--small` : ''}`} data-module={base}>
          {options.map((option, index) => (
            <div class={`${base}__item`}>
              <input
                class={`${base}__input`}
                id={index === 0 ? id : `${id}-${index + 1}`}
                name={id}
                type={type}
                value={option.value}
                checked={chosen.includes(option.value)}
              />
              <label class={`govuk-label ${base}__label`} for={index === 0 ? id : `${id}-${index + 1}`}>
                {option.text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
};

/** A GOV.UK date input (day, month, year); the day field carries the id the error summary links to. */
export const DateField: FC<FieldProps & { value: { day: string; month: string; year: string } }> = ({
  id,
  label,
  hint,
  errors,
  value,
}) => {
  const error = errorFor(errors, id);
  const part = (name: 'day' | 'month' | 'year', text: string, width: string) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={name === 'day' ? id : `${id}-${name}`}>
          {text}
        </label>
        <input
          class={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={name === 'day' ? id : `${id}-${name}`}
          name={`${id}-${name}`}
          type="text"
          inputmode="numeric"
          value={value[name]}
        />
      </div>
    </div>
  );
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        <FieldMessage id={id} error={error} />
        <div class="govuk-date-input">
          {part('day', 'Day', 'govuk-input--width-2')}
          {part('month', 'Month', 'govuk-input--width-2')}
          {part('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  );
};

/** A GOV.UK summary list of label and value pairs. */
export const SummaryList: FC<{ rows: ReadonlyArray<[string, Child]>; testId?: string }> = ({ rows, testId }) => (
  <dl class="govuk-summary-list" data-testid={testId}>
    {rows.map(([key, value]) => (
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{key}</dt>
        <dd class="govuk-summary-list__value">{value}</dd>
      </div>
    ))}
  </dl>
);

/**
 * A table that scrolls sideways on a narrow screen. The box takes focus, so a keyboard alone can scroll
 * it (WCAG 2.1.1; axe-core's scrollable-region-focusable), and is named for a screen reader.
 */
export const ScrollBox: FC<{ label: string; children?: Child }> = ({ label, children }) => (
  <div class="kestrel-table-scroll" tabindex={0} role="region" aria-label={label}>
    {children}
  </div>
);
