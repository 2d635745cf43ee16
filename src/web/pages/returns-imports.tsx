/**
 * The import history: every import of the council's returns (who, when, files, what was stored and
 * left out, the findings), and a page per import with its files and their SHA-256 hashes, the counts
 * stored by table, every row left out (file, line, child, reason) and the findings it kept.
 */
import type { FC } from 'hono/jsx';
import type { ImportBatch, ImportBatchSummary } from '../../returns/store/import-batches.ts';
import type { LeftOutRow } from '../../returns/store/left-out.ts';
import type { BatchFinding } from '../../returns/store/import-batches.ts';
import { formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { ListPage, RuleCount } from './returns-findings-data.ts';
import { returnName, storedTotal } from './returns-imports-data.ts';
import { ChildCell, FindingsTable, Pagination, ReturnsLinks, RuleCountsTable } from './returns-parts.tsx';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

function when(iso: string): string {
  return dateTime.format(new Date(iso));
}

function yearText(year: number | null): string {
  return year === null ? '' : `${year - 1} to ${year}`;
}

const Header: FC<{ text: string; numeric?: boolean }> = ({ text, numeric }) => (
  <th scope="col" class={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
    {text}
  </th>
);

export const ImportsPage: FC<{
  signedIn: SignedIn;
  batches: readonly ImportBatchSummary[];
  names: ReadonlyMap<string, string>;
}> = ({ signedIn, batches, names }) => (
  <Layout title="Import history" signedIn={signedIn} section="returns">
    <h1 class="govuk-heading-xl">Import history</h1>
    <ReturnsLinks current="imports" />
    {batches.length === 0 ? (
      <p class="govuk-body">No return has been imported yet.</p>
    ) : (
      <div class="kestrel-table-scroll" role="region" aria-label="Imports table" tabindex={0}>
        <table class="govuk-table" data-testid="imports">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {`${formatNumber(batches.length)} ${batches.length === 1 ? 'import' : 'imports'}, newest first`}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <Header text="Import" />
              <Header text="Return" />
              <Header text="Year" />
              <Header text="Files" />
              <Header text="By" />
              <Header text="When" />
              <Header text="Rows new or changed" numeric />
              <Header text="Left out" numeric />
              <Header text="Errors" numeric />
              <Header text="Queries" numeric />
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {batches.map((b) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/returns/imports/${b.id}`}>{`Import ${b.id}`}</a>
                </td>
                <td class="govuk-table__cell">{returnName(b.kind)}</td>
                <td class="govuk-table__cell">{yearText(b.collectionYear)}</td>
                <td class="govuk-table__cell">{b.files.map((f) => f.name).join(', ')}</td>
                <td class="govuk-table__cell">{names.get(b.actor) ?? b.actor}</td>
                <td class="govuk-table__cell">{when(b.startedAt)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(storedTotal(b))}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(b.leftOutTotal)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(b.errors)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(b.queries)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Layout>
);

const SummaryRow: FC<{ label: string; value: string; testId?: string }> = ({ label, value, testId }) => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">{label}</dt>
    <dd class="govuk-summary-list__value" data-testid={testId}>
      {value}
    </dd>
  </div>
);

const FilesTable: FC<{ batch: ImportBatch }> = ({ batch }) => (
  <div class="kestrel-table-scroll" role="region" aria-label="Files table" tabindex={0}>
    <table class="govuk-table" data-testid="files">
      <caption class="govuk-table__caption govuk-table__caption--m">Files</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <Header text="File" />
          <Header text="Bytes" numeric />
          <Header text="SHA-256" />
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {batch.files.map((f) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{f.name}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(f.bytes)}</td>
            <td class="govuk-table__cell">
              <code>{f.sha256}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

const StoredTable: FC<{ batch: ImportBatch }> = ({ batch }) => (
  <table class="govuk-table" data-testid="stored">
    <caption class="govuk-table__caption govuk-table__caption--m">Stored</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <Header text="Records" />
        <Header text="New" numeric />
        <Header text="Changed" numeric />
        <Header text="Left out" numeric />
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {Object.entries(batch.stored).map(([table, c]) => (
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{table.replaceAll('_', ' ')}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(c.inserted)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(c.updated)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(batch.leftOut[table] ?? 0)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const LeftOutTable: FC<{ list: ListPage<LeftOutRow>; openable: ReadonlySet<string>; href: (n: number) => string }> = ({
  list,
  openable,
  href,
}) => (
  <>
    <div class="kestrel-table-scroll" role="region" aria-label="Rows left out table" tabindex={0}>
      <table class="govuk-table" data-testid="left-out">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {`Rows left out ${formatNumber(list.from)} to ${formatNumber(list.to)} of ${formatNumber(list.total)}`}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <Header text="File" />
            <Header text="Line" numeric />
            <Header text="Child" />
            <Header text="Record" />
            <Header text="Reason" />
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {list.rows.map((row) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{row.file}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{row.line ?? ''}</td>
              <td class="govuk-table__cell">
                <ChildCell child={row.child} openable={openable} />
              </td>
              <td class="govuk-table__cell">{row.table.replaceAll('_', ' ')}</td>
              <td class="govuk-table__cell">{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <Pagination page={list.page} pages={list.pages} href={href} label="Pages of rows left out" />
  </>
);

export const BatchPage: FC<{
  signedIn: SignedIn;
  batch: ImportBatch;
  leftOut: ListPage<LeftOutRow>;
  findings: ListPage<BatchFinding>;
  counts: readonly RuleCount[];
  openable: ReadonlySet<string>;
  pages: { left: number; page: number };
  importedBy: string;
}> = ({ signedIn, batch, leftOut, findings, counts, openable, pages, importedBy }) => {
  const base = `/returns/imports/${batch.id}`;
  return (
    <Layout title={`Import ${batch.id}`} signedIn={signedIn} section="returns">
      <span class="govuk-caption-l">{`${returnName(batch.kind)} ${yearText(batch.collectionYear)}`}</span>
      <h1 class="govuk-heading-xl">{`Import ${batch.id}`}</h1>
      <ReturnsLinks />
      <dl class="govuk-summary-list" data-testid="batch-summary">
        <SummaryRow label="Imported by" value={importedBy} />
        <SummaryRow label="Started" value={when(batch.startedAt)} />
        <SummaryRow label="Finished" value={when(batch.finishedAt)} />
        <SummaryRow label="Errors accepted" value={batch.acceptedErrors ? 'Yes' : 'No'} />
        <SummaryRow label="Rows new or changed" value={formatNumber(storedTotal(batch))} testId="stored-total" />
        <SummaryRow label="Rows left out" value={formatNumber(batch.leftOutTotal)} testId="left-out-total" />
        <SummaryRow label="Errors" value={formatNumber(batch.errors)} />
        <SummaryRow label="Queries" value={formatNumber(batch.queries)} />
      </dl>
      <FilesTable batch={batch} />
      <StoredTable batch={batch} />
      {batch.leftOutTotal === 0 ? (
        <p class="govuk-body">No row was left out.</p>
      ) : (
        <>
          <LeftOutTable list={leftOut} openable={openable} href={(n) => `${base}?left=${n}&page=${pages.page}`} />
          {batch.leftOutRows.length < batch.leftOutTotal ? (
            <p class="govuk-body">{`The import kept the first ${formatNumber(batch.leftOutRows.length)} rows left out.`}</p>
          ) : null}
        </>
      )}
      {batch.findings.length === 0 ? (
        <p class="govuk-body">The import had no findings.</p>
      ) : (
        <>
          <RuleCountsTable counts={counts} />
          <p class="govuk-body">
            <a class="govuk-link" href={`${base}/report.csv`} download>
              Download the rows left out and the findings (CSV)
            </a>
            {batch.findingsCapped ? ` The import kept the first ${formatNumber(batch.findings.length)} findings.` : ''}
          </p>
          <FindingsTable list={findings} openable={openable} href={(n) => `${base}?left=${pages.left}&page=${n}`} />
        </>
      )}
    </Layout>
  );
};
