/**
 * Checking and importing a return: the upload form (which return, its collection year, its files: a
 * multipart POST with the CSRF token), then the findings as a GOV.UK table with the counts by rule and
 * the full list to download, and the import: a button when the return is clean; with errors, a box to
 * tick to import what the store can hold, saying what will be left out (as --accept-errors does).
 */
import type { FC } from 'hono/jsx';
import type { BatchFinding } from '../../returns/store/import-batches.ts';
import { formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { ListPage, RuleCount } from './returns-findings-data.ts';
import type { FieldError } from './returns-form-data.ts';
import { returnName } from './returns-imports-data.ts';
import { ErrorSummary, FieldMessage, FindingsTable, ReturnsLinks, RuleCountsTable } from './returns-parts.tsx';
import type { PendingUpload } from './returns-uploads-data.ts';

const KINDS = [
  { value: '903', text: 'SSDA903 (children looked after)', hint: 'Its CSV files, or one XML file' },
  { value: 'cin', text: 'CIN census', hint: 'One XML file' },
  { value: 'annexa', text: 'Ofsted Annex A', hint: 'One Excel workbook (.xlsx)' },
] as const;

function groupClass(id: string, errors: readonly FieldError[]): string {
  return `govuk-form-group${errors.some((e) => e.field === id) ? ' govuk-form-group--error' : ''}`;
}

function describedBy(id: string, errors: readonly FieldError[], hint = true): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.some((e) => e.field === id) ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export const UploadPage: FC<{
  signedIn: SignedIn;
  errors?: readonly FieldError[];
  values?: { kind?: string | undefined; year?: string | undefined };
  maxMegabytes: number;
}> = ({ signedIn, errors = [], values = {}, maxMegabytes }) => (
  <Layout
    title={errors.length ? 'Error: Check and import a return' : 'Check and import a return'}
    signedIn={signedIn}
    section="returns"
  >
    <ErrorSummary errors={errors} />
    <h1 class="govuk-heading-xl">Check and import a return</h1>
    <ReturnsLinks current="upload" />
    <p class="govuk-body">
      Kestrel checks the file against the DfE's validation rules for its collection year and lists what it finds.
      Nothing is stored until you import it.
    </p>
    <form method="post" action="/returns/uploads" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
      <div class={groupClass('kind', errors)}>
        <fieldset class="govuk-fieldset" aria-describedby={describedBy('kind', errors, false)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Which return is it?</legend>
          <FieldMessage id="kind" errors={errors} />
          <div class="govuk-radios" data-module="govuk-radios">
            {KINDS.map((kind, index) => (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={index === 0 ? 'kind' : `kind-${kind.value}`}
                  name="kind"
                  type="radio"
                  value={kind.value}
                  checked={values.kind === kind.value}
                  aria-describedby={`kind-${kind.value}-hint`}
                />
                <label class="govuk-label govuk-radios__label" for={index === 0 ? 'kind' : `kind-${kind.value}`}>
                  {kind.text}
                </label>
                <div id={`kind-${kind.value}-hint`} class="govuk-hint govuk-radios__hint">
                  {kind.hint}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div class={groupClass('year', errors)}>
        <label class="govuk-label govuk-label--m" for="year">
          Collection year (optional)
        </label>
        <div id="year-hint" class="govuk-hint">
          The year of its 31 March, for example 2025 for 2024 to 2025. Leave blank to take it from the file. Annex A has
          no collection year.
        </div>
        <FieldMessage id="year" errors={errors} />
        <input
          class={`govuk-input govuk-input--width-4${errors.some((e) => e.field === 'year') ? ' govuk-input--error' : ''}`}
          id="year"
          name="year"
          type="text"
          inputmode="numeric"
          value={values.year ?? ''}
          aria-describedby={describedBy('year', errors)}
        />
      </div>
      <div class={groupClass('files', errors)}>
        <label class="govuk-label govuk-label--m" for="files">
          The return's files
        </label>
        <div id="files-hint" class="govuk-hint">
          {`Up to ${maxMegabytes} MB in all. Select every CSV file of a 903 return at once.`}
        </div>
        <FieldMessage id="files" errors={errors} />
        <input
          class={`govuk-file-upload${errors.some((e) => e.field === 'files') ? ' govuk-file-upload--error' : ''}`}
          id="files"
          name="files"
          type="file"
          multiple
          accept=".csv,.xml,.xlsx"
          aria-describedby={describedBy('files', errors)}
        />
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="check-return">
        Check the return
      </button>
    </form>
  </Layout>
);

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The import form: one button when clean; with errors, the box to accept them and what it means. */
const ImportForm: FC<{ upload: PendingUpload; csrfToken: string; errors: readonly FieldError[] }> = ({
  upload,
  csrfToken,
  errors,
}) => (
  <form method="post" action={`/returns/uploads/${upload.id}/import`} novalidate>
    <input type="hidden" name="_csrf" value={csrfToken} />
    {upload.errors === 0 ? (
      <p class="govuk-body">
        {upload.queries === 0
          ? 'The return has no errors or queries.'
          : `The return has no errors. Its ${plural(upload.queries, 'query', 'queries')} do not stop the import: check them before you submit it.`}
      </p>
    ) : (
      <>
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            {`The return has ${plural(upload.errors, 'error', 'errors')}. A return for submission to the DfE must have none.`}
          </strong>
        </div>
        <p class="govuk-body">
          You can still import it so the scorecard and the findings show you what to fix. Every row the record store can
          hold is stored. A row it cannot hold is left out: for example a code the DfE's lists do not have, an end
          before its start, a second review of the same child on the same day, or care episodes that overlap. Rows that
          depend on a row left out go with it. The next page lists every row left out with its file, line, child and
          reason, and the import keeps these findings.
        </p>
        <div class={groupClass('accept-errors', errors)}>
          <FieldMessage id="accept-errors" errors={errors} />
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="accept-errors"
                name="acceptErrors"
                type="checkbox"
                value="yes"
                aria-describedby={errors.length ? 'accept-errors-error' : undefined}
              />
              <label class="govuk-label govuk-checkboxes__label" for="accept-errors">
                Import accepting the errors: store what can be stored and list what is left out
              </label>
            </div>
          </div>
        </div>
      </>
    )}
    <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="import-return">
      {upload.errors === 0 ? 'Import the return' : 'Import accepting errors'}
    </button>
  </form>
);

export const FindingsPage: FC<{
  signedIn: SignedIn;
  upload: PendingUpload;
  list: ListPage<BatchFinding>;
  counts: readonly RuleCount[];
  openable: ReadonlySet<string>;
  childCount: number;
  errors?: readonly FieldError[];
}> = ({ signedIn, upload, list, counts, openable, childCount, errors = [] }) => {
  const base = `/returns/uploads/${upload.id}`;
  const title = `Findings in the ${returnName(upload.kind)} return`;
  return (
    <Layout title={errors.length ? `Error: ${title}` : title} signedIn={signedIn} section="returns">
      <ErrorSummary errors={errors} />
      <span class="govuk-caption-l">{upload.files.map((f) => f.name).join(', ')}</span>
      <h1 class="govuk-heading-xl">{title}</h1>
      <ReturnsLinks />
      <dl class="govuk-summary-list" data-testid="upload-summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Collection year</dt>
          <dd class="govuk-summary-list__value">
            {upload.collectionYear === null
              ? 'Not applicable'
              : `${upload.collectionYear - 1} to ${upload.collectionYear}`}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Errors</dt>
          <dd class="govuk-summary-list__value" data-testid="error-count">
            {formatNumber(upload.errors)}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Queries</dt>
          <dd class="govuk-summary-list__value" data-testid="query-count">
            {formatNumber(upload.queries)}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Children with findings</dt>
          <dd class="govuk-summary-list__value">{formatNumber(childCount)}</dd>
        </div>
      </dl>
      {upload.findings.length === 0 ? (
        <div class="govuk-panel govuk-panel--confirmation">
          <h2 class="govuk-panel__title">No findings</h2>
          <div class="govuk-panel__body">The return passes every rule checked for its year</div>
        </div>
      ) : (
        <>
          <RuleCountsTable counts={counts} />
          <p class="govuk-body">
            Download every finding:{' '}
            <a class="govuk-link" href={`${base}/findings.csv`} download>
              CSV
            </a>{' '}
            or{' '}
            <a class="govuk-link" href={`${base}/findings.xlsx`} download>
              Excel workbook
            </a>
            .
          </p>
          <FindingsTable list={list} openable={openable} href={(n) => `${base}?page=${n}`} />
        </>
      )}
      <h2 class="govuk-heading-l">Import this return</h2>
      <ImportForm upload={upload} csrfToken={signedIn.csrfToken} errors={errors} />
    </Layout>
  );
};
