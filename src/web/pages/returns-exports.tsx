/**
 * Downloading a return built from the records: the SSDA903 and the CIN census for a collection year,
 * Annex A as at an inspection date. Each is its own small form (a POST with the CSRF token, so another
 * site cannot start a download of children's data), answered with the file; each download is audited.
 */
import type { FC } from 'hono/jsx';
import { Layout, type SignedIn } from './layout.tsx';
import { EXPORT_YEARS, type FieldError } from './returns-form-data.ts';
import { ErrorSummary, FieldMessage, ReturnsLinks } from './returns-parts.tsx';

const YearForm: FC<{
  kind: '903' | 'cin';
  title: string;
  hint: string;
  csrfToken: string;
  errors: readonly FieldError[];
}> = ({ kind, title, hint, csrfToken, errors }) => {
  const id = `${kind}-year`;
  const failed = errors.some((e) => e.field === id);
  return (
    <form method="post" action="/returns/exports" novalidate class="govuk-!-margin-bottom-8">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="kind" value={kind} />
      <h2 class="govuk-heading-m">{title}</h2>
      <div class={`govuk-form-group${failed ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label" for={id}>
          Collection year
        </label>
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
        <FieldMessage id={id} errors={errors} />
        <select
          class={`govuk-select${failed ? ' govuk-select--error' : ''}`}
          id={id}
          name="year"
          aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`}
        >
          {[...EXPORT_YEARS].reverse().map((year) => (
            <option value={String(year)}>{`${year - 1} to ${year}`}</option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        data-testid={`export-${kind}`}
      >
        {`Download the ${title}`}
      </button>
    </form>
  );
};

export const ExportsPage: FC<{ signedIn: SignedIn; errors?: readonly FieldError[]; at: string }> = ({
  signedIn,
  errors = [],
  at,
}) => {
  const atFailed = errors.some((e) => e.field === 'annexa-at');
  return (
    <Layout
      title={errors.length ? 'Error: Download a return' : 'Download a return'}
      signedIn={signedIn}
      section="returns"
    >
      <ErrorSummary errors={errors} />
      <h1 class="govuk-heading-xl">Download a return</h1>
      <ReturnsLinks current="exports" />
      <p class="govuk-body">
        Each return is built from the council's records as they are now, for every child, and each download is recorded
        in the audit log under your name.
      </p>
      <YearForm
        kind="903"
        title="SSDA903 return"
        hint="The XML file (EXPSSDA903) for the year ending 31 March."
        csrfToken={signedIn.csrfToken}
        errors={errors}
      />
      <YearForm
        kind="cin"
        title="CIN census"
        hint="The XML file for the census year ending 31 March."
        csrfToken={signedIn.csrfToken}
        errors={errors}
      />
      <form method="post" action="/returns/exports" novalidate>
        <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
        <input type="hidden" name="kind" value="annexa" />
        <h2 class="govuk-heading-m">Ofsted Annex A</h2>
        <div class={`govuk-form-group${atFailed ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label" for="annexa-at">
            Inspection date
          </label>
          <div id="annexa-at-hint" class="govuk-hint">
            As YYYY-MM-DD. The lists cover the six (or twelve) months before it.
          </div>
          <FieldMessage id="annexa-at" errors={errors} />
          <input
            class={`govuk-input govuk-input--width-10${atFailed ? ' govuk-input--error' : ''}`}
            id="annexa-at"
            name="at"
            type="text"
            value={at}
            aria-describedby={atFailed ? 'annexa-at-hint annexa-at-error' : 'annexa-at-hint'}
          />
        </div>
        <button
          type="submit"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          data-testid="export-annexa"
        >
          Download Annex A (Excel)
        </button>
      </form>
    </Layout>
  );
};
