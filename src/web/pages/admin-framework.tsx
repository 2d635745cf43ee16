/**
 * The performance framework: the version in force and every version with its effective date (each can
 * be viewed and exported as imported), the shown version's sections and measures (target, bands in
 * words, polarity), and the upload of a new version. A refused file's problems are listed in the error
 * summary with their lines, and nothing is stored.
 */
import type { FC } from 'hono/jsx';
import type { Polarity } from '../../indicators/definition.ts';
import { AdminFrame, Csrf, DateField, ScrollBox, SummaryList, type FieldError } from './admin-form.tsx';
import { measureLines, type FrameworkOverview, type MeasureLine, type UploadForm } from './admin-framework-data.ts';
import { formatDate } from './format.ts';
import type { SignedIn } from './layout.tsx';

const POLARITY: Record<Polarity, string> = { H: 'Higher is better', L: 'Lower is better', N: 'Neither' };

/** The window a measure counts over (schema.ts WINDOWS), in words. */
const WINDOW: Record<string, string> = {
  month: 'The month',
  quarter: 'The quarter',
  ytd: 'Year to date',
  r12: 'Rolling 12 months',
  fy: 'Financial year',
};

const MeasuresTable: FC<{ id: string; title: string; measures: MeasureLine[] }> = ({ id, title, measures }) => (
  <>
    <h3 class="govuk-heading-m" id={`section-${id}`}>
      {title}
    </h3>
    <ScrollBox label={title}>
      <table class="govuk-table" data-section={id} aria-labelledby={`section-${id}`}>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {['Measure', 'Target', 'Bands', 'Polarity', 'Counted over', 'Officer'].map((heading) => (
              <th scope="col" class="govuk-table__header">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {measures.map((measure) => (
            <tr class="govuk-table__row" data-measure={measure.id}>
              <td class="govuk-table__cell">
                {measure.title}
                <div class="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                  {measure.id}
                  {measure.params ? ` (${measure.params})` : ''}
                </div>
              </td>
              <td class="govuk-table__cell">{measure.target}</td>
              <td class="govuk-table__cell">{measure.bands}</td>
              <td class="govuk-table__cell">{measure.polarity ? POLARITY[measure.polarity] : ''}</td>
              <td class="govuk-table__cell">
                {WINDOW[measure.window] ?? measure.window}, reported {measure.frequency}
              </td>
              <td class="govuk-table__cell">{measure.officer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  </>
);

const VersionsTable: FC<{ overview: FrameworkOverview }> = ({ overview }) => (
  <ScrollBox label="Versions">
    <table class="govuk-table" data-testid="versions">
      <caption class="govuk-table__caption govuk-table__caption--m">Versions</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {['Version', 'Name', 'In force from', 'File', 'Imported', 'Actions'].map((heading) => (
            <th scope="col" class="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {[...overview.versions].reverse().map((version) => (
          <tr class="govuk-table__row" data-version={version.version}>
            <td class="govuk-table__cell">
              {version.version}{' '}
              {version.version === overview.inForce ? (
                <strong class="govuk-tag govuk-tag--green">in force</strong>
              ) : null}
            </td>
            <td class="govuk-table__cell">{version.name}</td>
            <td class="govuk-table__cell">{formatDate(version.effectiveFrom)}</td>
            <td class="govuk-table__cell">{version.sourceName}</td>
            <td class="govuk-table__cell">
              {formatDate(version.importedAt)} by {overview.importers[version.importedBy] ?? version.importedBy}
            </td>
            <td class="govuk-table__cell">
              <ul class="govuk-list govuk-!-margin-bottom-0">
                <li>
                  <a class="govuk-link" href={`/admin/framework?version=${version.version}`}>
                    View<span class="govuk-visually-hidden"> version {version.version}</span>
                  </a>
                </li>
                <li>
                  <a class="govuk-link" href={`/admin/framework/versions/${version.version}/export`} download>
                    Export<span class="govuk-visually-hidden"> version {version.version}</span>
                  </a>
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </ScrollBox>
);

const UploadFormSection: FC<{ form: UploadForm; errors: readonly FieldError[]; signedIn: SignedIn }> = ({
  form,
  errors,
  signedIn,
}) => {
  const fileErrors = errors.filter((error) => error.field === 'file');
  return (
    <>
      <h2 class="govuk-heading-l">Upload a new version</h2>
      <p class="govuk-body">
        The file is checked whole before anything is stored: every indicator id, target and band. A version is never
        changed; a revised framework is a new version with its own date.
      </p>
      <form method="post" action="/admin/framework" enctype="multipart/form-data" novalidate>
        <Csrf signedIn={signedIn} />
        <div class={`govuk-form-group${fileErrors.length ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label" for="file">
            Framework file
          </label>
          <div id="file-hint" class="govuk-hint">
            YAML or JSON, as docs/FRAMEWORK.md describes.
          </div>
          {fileErrors.length ? (
            <p id="file-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span>{' '}
              {fileErrors.length === 1 ? fileErrors[0]!.message : `The file has ${fileErrors.length} problems`}
            </p>
          ) : null}
          <input
            class={`govuk-file-upload${fileErrors.length ? ' govuk-file-upload--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept=".yaml,.yml,.json"
            aria-describedby={fileErrors.length ? 'file-hint file-error' : 'file-hint'}
          />
        </div>
        <DateField
          id="effectiveFrom"
          label="In force from"
          hint="The first day this version applies, for example 1 4 2026."
          value={{ day: form.day, month: form.month, year: form.year }}
          errors={errors}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="upload">
          Upload framework
        </button>
      </form>
    </>
  );
};

export const FrameworkPage: FC<{
  overview: FrameworkOverview;
  form: UploadForm;
  errors: readonly FieldError[];
  uploaded?: number | undefined;
  signedIn: SignedIn;
}> = ({ overview, form, errors, uploaded, signedIn }) => {
  const shown = overview.shown;
  return (
    <AdminFrame title="Performance framework" signedIn={signedIn} errors={errors}>
      {uploaded !== undefined ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-testid="notice">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title">Success</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">Version {uploaded} stored.</p>
          </div>
        </div>
      ) : null}
      <h1 class="govuk-heading-xl">Performance framework</h1>
      {overview.versions.length === 0 ? (
        <p class="govuk-body" data-testid="no-framework">
          No framework has been uploaded yet.
        </p>
      ) : (
        <VersionsTable overview={overview} />
      )}
      {/* The form comes before the long list of measures, so the error summary's link lands near it. */}
      <UploadFormSection form={form} errors={errors} signedIn={signedIn} />
      {shown ? (
        <>
          <h2 class="govuk-heading-l" data-testid="shown-version">
            {shown.version === overview.inForce ? 'In force now' : `Version ${shown.version}`}: {shown.name}
          </h2>
          <SummaryList
            testId="version"
            rows={[
              ['Version', String(shown.version)],
              ['Targets set for', shown.framework.year],
              ['In force from', formatDate(shown.effectiveFrom)],
              ['File', shown.sourceName],
              [
                'Imported',
                `${formatDate(shown.importedAt)} by ${overview.importers[shown.importedBy] ?? shown.importedBy}`,
              ],
              [
                'Measures',
                String(shown.framework.sections.reduce((sum, section) => sum + section.indicators.length, 0)),
              ],
            ]}
          />
          {measureLines(shown.framework).map((section) => (
            <MeasuresTable id={section.id} title={section.title} measures={section.measures} />
          ))}
        </>
      ) : overview.versions.length > 0 ? (
        <p class="govuk-body">No version is in force today: each comes into force on its date.</p>
      ) : null}
    </AdminFrame>
  );
};
