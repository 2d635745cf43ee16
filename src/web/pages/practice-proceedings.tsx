/**
 * The care proceedings and permanence tracker page (seed 001: "a case tracking tool is used to monitor
 * the progress of cases within care proceedings and in the pre-proceedings stage so ... potential drift
 * can be identified at the earliest stage"): each case's stage, week and expected end; cases past 26
 * weeks (Children and Families Act 2014 s.14); pre-proceedings past 16 weeks and 3 months (PLO); children
 * without a permanence plan by their second review (Care Planning Regulations 2010); the adoption
 * timeline against the DfE adoption scorecard's A1 (426 days) and A2 (121 days); and the average
 * duration of proceedings ending in the period with the numbers behind it.
 */
import type { FC } from 'hono/jsx';
import { A1_THRESHOLD_DAYS, type TrackedCase } from '../../practice/proceedings/tracker.ts';
import { clockTagClass, formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { ChildLink, DataTable, DateInput, Figures, FilterForm, PERIOD_OPTIONS, Select } from './practice-parts.tsx';
import type { ProceedingsPageData } from './practice-proceedings-data.ts';

const CLOCK_NAMES: Record<string, string> = {
  'plo-16w': 'PLO 16 weeks',
  'plo-3m': 'PLO 3 months',
  'proceedings-26w': '26 weeks',
};

const CaseTable: FC<{
  caption: string;
  testid: string;
  cases: TrackedCase[];
  names: ReadonlyMap<string, string>;
}> = ({ caption, testid, cases, names }) => (
  <DataTable
    caption={caption}
    testid={testid}
    empty="none you may see."
    keyName="child"
    keys={cases.map((c) => c.childId)}
    columns={[
      { text: 'Child' },
      { text: 'Stage' },
      { text: 'Started' },
      { text: 'Week', numeric: true },
      { text: 'Expected end' },
      { text: 'Clocks' },
    ]}
    rows={cases.map((c) => [
      <ChildLink id={c.childId} names={names} />,
      c.stage,
      <span class="kestrel-nowrap">{formatDate(c.stageStarted)}</span>,
      c.week,
      <span class="kestrel-nowrap">{formatDate(c.expectedEnd)}</span>,
      c.clocks.length ? (
        <ul class="govuk-list govuk-!-margin-bottom-0">
          {c.clocks.map((k) => (
            <li>
              <strong class={clockTagClass(k.status)}>{k.status}</strong> {CLOCK_NAMES[k.clockId] ?? k.clockId}, due{' '}
              {formatDate(k.due)}
              {k.daysOver ? ` (${k.daysOver} days over)` : ''}
            </li>
          ))}
        </ul>
      ) : (
        '-'
      ),
    ])}
  />
);

export const ProceedingsPage: FC<{ data: ProceedingsPageData; signedIn: SignedIn }> = ({ data, signedIn }) => {
  const { report, names } = data;
  const d = report.duration;
  return (
    <Layout title="Care proceedings and permanence" signedIn={signedIn} section="practice">
      <span class="govuk-caption-l">Practice, on {formatDate(report.at)}</span>
      <h1 class="govuk-heading-xl">Care proceedings and permanence</h1>
      <FilterForm action="/practice/proceedings">
        <DateInput name="at" label="Date" value={report.at} />
        <Select name="period" label="Duration over" value={report.period} options={PERIOD_OPTIONS} />
      </FilterForm>
      <Figures
        testid="duration"
        items={[
          [
            `Average duration of proceedings ending between ${formatDate(d.from)} and ${formatDate(d.to)}`,
            d.averageWeeks === null ? 'No proceedings ended' : `${formatNumber(d.averageWeeks)} weeks`,
          ],
          ['Proceedings ended', formatNumber(d.cases)],
          ['Weeks in all', formatNumber(d.weeks)],
        ]}
      />
      <CaseTable caption="Open cases" testid="cases" cases={report.cases} names={names} />
      <CaseTable caption="Proceedings past 26 weeks" testid="past-26-weeks" cases={report.past26Weeks} names={names} />
      <CaseTable
        caption="Pre-proceedings past 16 weeks"
        testid="pre-past-16-weeks"
        cases={report.prePast16Weeks}
        names={names}
      />
      <CaseTable
        caption="Pre-proceedings past 3 months"
        testid="pre-past-3-months"
        cases={report.prePast3Months}
        names={names}
      />
      <DataTable
        caption="No permanence plan by the second review"
        testid="no-permanence-plan"
        empty="none you may see."
        keyName="child"
        keys={report.noPermanencePlan.map((c) => c.childId)}
        columns={[
          { text: 'Child' },
          { text: 'Looked after from' },
          { text: 'Due' },
          { text: 'Days over', numeric: true },
        ]}
        rows={report.noPermanencePlan.map((c) => [
          <ChildLink id={c.childId} names={names} />,
          formatDate(c.started),
          formatDate(c.due),
          c.daysOver,
        ])}
      />
      <p class="govuk-body" data-testid="adoption-thresholds">
        Adoption scorecard thresholds: A1, placed for adoption within {A1_THRESHOLD_DAYS} days of entering care; A2,
        matched within 121 days of the placement order.
      </p>
      <DataTable
        caption="Adoption timeline"
        testid="adoption"
        empty="none you may see."
        keyName="child"
        keys={report.adoption.map((a) => a.childId)}
        columns={[
          { text: 'Child' },
          { text: 'Entered care' },
          { text: 'Decision' },
          { text: 'Placement order' },
          { text: 'Matched' },
          { text: 'Placed' },
          { text: 'Days in care', numeric: true },
          { text: 'A1' },
          { text: 'A2 match' },
        ]}
        rows={report.adoption.map((a) => [
          <ChildLink id={a.childId} names={names} />,
          formatDate(a.enteredCare),
          formatDate(a.decision),
          formatDate(a.placementOrder) || '-',
          formatDate(a.matched) || '-',
          formatDate(a.placed) || '-',
          a.daysInCare,
          a.overA1 ? <strong class="govuk-tag govuk-tag--red">over</strong> : 'within',
          a.match ? (
            <>
              <strong class={clockTagClass(a.match.status)}>{a.match.status}</strong> due {formatDate(a.match.due)}
            </>
          ) : (
            '-'
          ),
        ])}
      />
    </Layout>
  );
};
