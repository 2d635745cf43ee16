/**
 * One field of a recording form in GOV.UK Frontend markup, drawn from its FormFieldSpec: a text input
 * (dates, postcodes, numbers), radios (yes/no and short code lists), a select (long code lists, the
 * child's records, workers) or checkboxes (a set of codes). Errors and DfE queries sit beside the field
 * (error message above the input, as the GOV.UK error message pattern places it), tied to it by
 * aria-describedby; the first control of every field has the field's name as its id, so the error
 * summary's link lands on it.
 */
import type { FC } from 'hono/jsx';
import type { FieldIssue } from '../../recording/record-event.ts';
import type { Choice } from './record-data.ts';
import { codesOffered, type FormFieldSpec } from './record-fields.ts';

/** A list this short is radios; a longer one a select (GOV.UK: radios for a few options). */
const MOST_RADIOS = 8;

/** An issue in words, naming the DfE rule that says so: "903 rule 103: ...", "CIN census rule 8925: ...". */
export function issueText(issue: FieldIssue): string {
  if (!issue.rule) return issue.message;
  const name = issue.rule.returnName === 'cin' ? 'CIN census' : '903';
  return `${name} rule ${issue.rule.code}: ${issue.message}`;
}

export interface FieldProps {
  field: FormFieldSpec;
  value: string | string[] | undefined;
  errors: FieldIssue[];
  queries: FieldIssue[];
  choices: Choice[] | undefined;
  /** The date the codes offered are judged at. */
  on: string;
}

interface Option {
  value: string;
  label: string;
}

function optionsOf({ field, value, choices, on }: FieldProps): Option[] {
  if (field.input === 'yes-no')
    return [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ];
  if (choices) return choices;
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  return codesOffered(field, on, chosen).map((code) => ({ value: code.code, label: `${code.label} (${code.code})` }));
}

function describedBy(field: FormFieldSpec, errors: FieldIssue[], queries: FieldIssue[]): string | undefined {
  const ids = [
    field.hint ? `${field.name}-hint` : '',
    queries.length > 0 ? `${field.name}-query` : '',
    errors.length > 0 ? `${field.name}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const Notes: FC<{ field: FormFieldSpec; errors: FieldIssue[]; queries: FieldIssue[] }> = ({
  field,
  errors,
  queries,
}) => (
  <>
    {field.hint ? (
      <div id={`${field.name}-hint`} class="govuk-hint">
        {field.hint}
      </div>
    ) : null}
    {queries.length > 0 ? (
      <div id={`${field.name}-query`} class="govuk-inset-text govuk-!-margin-top-1" data-testid={`query-${field.name}`}>
        {queries.map((issue) => (
          <p class="govuk-body govuk-!-margin-bottom-1">
            <strong class="govuk-tag govuk-tag--yellow">DfE query</strong> {issueText(issue)}
          </p>
        ))}
      </div>
    ) : null}
    {errors.length > 0 ? (
      <p id={`${field.name}-error`} class="govuk-error-message" data-testid={`error-${field.name}`}>
        {errors.map((issue, index) => (
          <>
            {index > 0 ? <br /> : null}
            <span class="govuk-visually-hidden">Error:</span> {issueText(issue)}
          </>
        ))}
      </p>
    ) : null}
  </>
);

function labelText(field: FormFieldSpec): string {
  return field.required ? field.label : `${field.label} (optional)`;
}

const WIDTHS: Record<string, string> = { date: 'govuk-input--width-10', number: 'govuk-input--width-3' };

const TextInput: FC<FieldProps> = (props) => {
  const { field, value, errors, queries } = props;
  const width =
    WIDTHS[field.input] ?? (field.hint?.includes('SW1A') ? 'govuk-input--width-10' : 'govuk-input--width-20');
  return (
    <div class={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={field.name}>
        {labelText(field)}
      </label>
      <Notes field={field} errors={errors} queries={queries} />
      <input
        class={`govuk-input ${width}${errors.length > 0 ? ' govuk-input--error' : ''}`}
        id={field.name}
        name={field.name}
        type="text"
        value={typeof value === 'string' ? value : ''}
        spellcheck={false}
        autocomplete="off"
        inputmode={field.input === 'number' ? 'numeric' : undefined}
        aria-describedby={describedBy(field, errors, queries)}
      />
    </div>
  );
};

const Select: FC<FieldProps> = (props) => {
  const { field, value, errors, queries } = props;
  const options = optionsOf(props);
  return (
    <div class={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={field.name}>
        {labelText(field)}
      </label>
      <Notes field={field} errors={errors} queries={queries} />
      {options.length === 0 ? (
        <p class="govuk-body kestrel-secondary-text" data-testid={`none-${field.name}`}>
          The child has no {field.label.toLowerCase()} on record to choose.
        </p>
      ) : null}
      <select
        class={`govuk-select${errors.length > 0 ? ' govuk-select--error' : ''}`}
        id={field.name}
        name={field.name}
        aria-describedby={describedBy(field, errors, queries)}
      >
        <option value="">{field.required ? 'Choose one' : 'None'}</option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};

/** Radios or checkboxes in a fieldset: its legend is the field's label. */
const Choices: FC<FieldProps & { multiple: boolean }> = (props) => {
  const { field, value, errors, queries, multiple } = props;
  const kind = multiple ? 'checkboxes' : 'radios';
  const options = optionsOf(props);
  // An optional question answered by radios needs a way back to "no answer" (radios cannot be cleared).
  if (!multiple && !field.required && field.defaultValue === undefined)
    options.push({ value: '', label: 'Not recorded' });
  const chosen = Array.isArray(value) ? value : [value ?? ''];
  const inline = field.input === 'yes-no' ? ' govuk-radios--inline' : '';
  return (
    <div class={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(field, errors, queries)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{labelText(field)}</legend>
        <Notes field={field} errors={errors} queries={queries} />
        <div class={`govuk-${kind} govuk-${kind}--small${inline}`} data-module={`govuk-${kind}`}>
          {options.map((option, index) => {
            const id = index === 0 ? field.name : `${field.name}-${index + 1}`;
            return (
              <div class={`govuk-${kind}__item`}>
                <input
                  class={`govuk-${kind}__input`}
                  id={id}
                  name={field.name}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={option.value}
                  checked={chosen.includes(option.value) && (option.value !== '' || value === '')}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
};

/** The field, as the control its kind of input and number of choices call for. */
export const FormField: FC<FieldProps> = (props) => {
  switch (props.field.input) {
    case 'yes-no':
      return <Choices {...props} multiple={false} />;
    case 'codes':
      return <Choices {...props} multiple={true} />;
    case 'code':
      return optionsOf(props).length <= MOST_RADIOS ? <Choices {...props} multiple={false} /> : <Select {...props} />;
    case 'record':
    case 'worker':
      return <Select {...props} />;
    default:
      return <TextInput {...props} />;
  }
};
