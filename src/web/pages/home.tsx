/** The home page: the council's headline numbers today and how many records are loaded. */
import type { FC } from 'hono/jsx';
import { Layout, type SignedIn } from './layout.tsx';

const number = new Intl.NumberFormat('en-GB');
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The council and date the page shows, with the values of HOME_FIGURES by catalogue id (from the engine). */
export interface Headline {
  laCode: string;
  councilName: string;
  at: string;
  figures: Readonly<Record<string, number | null>>;
}

export interface HomeProps {
  /** Undefined when the store holds no council; `figures` empty when the user's roles show none. */
  headline: Headline | undefined;
  signedIn?: SignedIn | undefined;
  records: { total: number; byTable: Record<string, number> };
}

/** The four figures the page shows: catalogue indicators at the date, by id. */
export const HOME_FIGURES: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'cin-at-date', label: 'Children in need' },
  { id: 'cpp-at-date', label: 'Children on a child protection plan' },
  { id: 'cla-at-date', label: 'Children looked after' },
  { id: 'care-leavers', label: 'Care leavers receiving a service' },
];

export const HomePage: FC<HomeProps> = ({ headline, records, signedIn }) => {
  if (!headline) {
    return (
      <Layout title="No council loaded" signedIn={signedIn} section="dashboard">
        <h1 class="govuk-heading-xl">No council loaded</h1>
        <p class="govuk-body">
          The store holds no council yet. Run <code>kestrel synth</code> to generate a synthetic council, or import a
          council's returns.
        </p>
      </Layout>
    );
  }
  return (
    <Layout title={headline.councilName} signedIn={signedIn} section="dashboard">
      <span class="govuk-caption-l">Children's social care</span>
      <h1 class="govuk-heading-xl">{headline.councilName}</h1>
      <p class="govuk-body-l">Position on {longDate.format(new Date(`${headline.at}T00:00:00Z`))}.</p>
      <div class="govuk-grid-row">
        {HOME_FIGURES.map((figure) => (
          <div class="govuk-grid-column-one-quarter">
            <div class="govuk-panel govuk-panel--confirmation kestrel-figure" data-indicator={figure.id}>
              <p class="govuk-panel__body govuk-!-font-size-48 govuk-!-font-weight-bold" data-testid={figure.id}>
                {formatFigure(headline.figures[figure.id])}
              </p>
              <p class="govuk-body govuk-!-margin-bottom-0 kestrel-figure-label">{figure.label}</p>
            </div>
          </div>
        ))}
      </div>
      <h2 class="govuk-heading-m govuk-!-margin-top-8">Records loaded</h2>
      <p class="govuk-body" data-testid="records-total">
        {number.format(records.total)} records for council {headline.laCode}.
      </p>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">Records by kind</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Kind
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Records
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {Object.entries(records.byTable).map(([table, count]) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{table.replace(/_/g, ' ')}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{number.format(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
};

function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : number.format(value);
}
