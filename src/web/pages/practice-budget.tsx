/**
 * The placement budget forecast page (seed 002 paragraph 46: "Based on the current number of placements
 * (55), plus estimated growth, the projected outturn is £7.711m"): per budget line the budget, open
 * placements, spend to date, committed spend, expected growth, projected outturn and variance, and how
 * the projected outturn moved month by month.
 */
import type { FC } from 'hono/jsx';
import type { BudgetForecast } from '../../practice/money/budget.ts';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { GrowthSource } from './practice-budget-data.ts';
import { SelectField } from './practice-form.tsx';

const money = (n: number) => `£${formatNumber(n)}`;
/** A sum kept on one line (a wrapped minus sign reads as a dash). */
const Sum: FC<{ text: string }> = ({ text }) => <span class="kestrel-nowrap">{text}</span>;
const signed = (n: number) => (n > 0 ? `+${money(n)}` : n < 0 ? `-${money(-n)}` : money(0));

export const BudgetPage: FC<{ forecast: BudgetForecast; growth: GrowthSource; signedIn: SignedIn }> = ({
  forecast,
  growth,
  signedIn,
}) => {
  const lines = forecast.lines.map((l) => l.line);
  return (
    <Layout title="Placement budget forecast" signedIn={signedIn} section="quality">
      <span class="govuk-caption-l">
        {forecast.financialYear}, on {formatDate(forecast.at)}
      </span>
      <h1 class="govuk-heading-xl">Placement budget forecast</h1>
      <p class="govuk-body-l" data-testid="budget-headline">
        Based on the current number of placements ({formatNumber(forecast.total.openPlacements)}), plus expected growth,
        the projected outturn is {money(forecast.total.projectedOutturn)}:{' '}
        {forecast.total.variance > 0 ? 'an overspend' : 'an underspend'} of {money(Math.abs(forecast.total.variance))}{' '}
        against a budget of {money(forecast.total.budget)}.
      </p>
      <form method="get" action="/practice/quality/budget">
        <SelectField
          id="growth"
          label="Expected growth"
          values={{ growth }}
          errors={[]}
          options={[
            ['line', "Each line's own estimate"],
            ['demand', 'From the demand forecast'],
          ]}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show forecast
        </button>
      </form>
      <div class="kestrel-table-scroll">
        <table class="govuk-table" data-testid="budget-lines">
          <caption class="govuk-table__caption govuk-table__caption--m">By budget line</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {[
                'Line',
                'Budget',
                'Open placements',
                'Spent to date',
                'Committed',
                'Expected growth',
                'Projected outturn',
                'Variance',
              ].map((h, i) => (
                <th scope="col" class={`govuk-table__header${i ? ' govuk-table__header--numeric' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {[...forecast.lines, { ...forecast.total, line: 'Total', placementTypes: [] }].map((l) => (
              <tr class="govuk-table__row" data-line={l.line}>
                <th scope="row" class="govuk-table__header">
                  {l.line}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{money(l.budget)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(l.openPlacements)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{money(l.spentToDate)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{money(l.committed)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{money(l.expectedGrowth)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{money(l.projectedOutturn)}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  <Sum text={signed(l.variance)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="kestrel-table-scroll">
        <table class="govuk-table" data-testid="budget-movement">
          <caption class="govuk-table__caption govuk-table__caption--m">
            How the projected outturn moved, month by month
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Forecast at
              </th>
              {lines.map((line) => (
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {line}
                </th>
              ))}
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Total variance
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {forecast.movement.map((m) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <span class="kestrel-nowrap">{formatDate(m.at)}</span>
                </th>
                {lines.map((line) => (
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {money(m.lines.find((l) => l.line === line)?.projectedOutturn ?? 0)}
                  </td>
                ))}
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  <Sum text={signed(m.lines.reduce((sum, l) => sum + l.variance, 0))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
};
