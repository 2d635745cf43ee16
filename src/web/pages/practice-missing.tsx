/**
 * The missing and exploitation page: missing episodes starting in the period with the return home
 * interview offered within 72 hours of the return (statutory guidance on children who run away or go
 * missing from home or care, DfE 2014) and taken, repeat missing children, and children considered under
 * the exploitation arrangements by type and level of risk (seed 002's VEMT figures).
 */
import type { FC } from 'hono/jsx';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { MissingPageData } from './practice-missing-data.ts';
import {
  ChildLink,
  DataTable,
  DateInput,
  Figures,
  FilterForm,
  PERIOD_OPTIONS,
  percent,
  Select,
} from './practice-parts.tsx';

const RISK = (risk: string | null) => risk ?? '-';
/** The child's recorded sex (the CIN census codes M, F, U). */
const SEX: Record<string, string> = { M: 'male', F: 'female', U: 'not known', unknown: 'not recorded' };

export const MissingPage: FC<{ data: MissingPageData; signedIn: SignedIn }> = ({ data, signedIn }) => {
  const { report, names } = data;
  const m = report.measures;
  const x = report.exploitation;
  return (
    <Layout title="Missing and exploitation" signedIn={signedIn} section="practice">
      <span class="govuk-caption-l">
        Practice, {formatDate(report.period.from)} to {formatDate(report.period.to)}
      </span>
      <h1 class="govuk-heading-xl">Missing and exploitation</h1>
      <FilterForm action="/practice/missing">
        <DateInput name="at" label="Date" value={report.at} />
        <Select name="period" label="Period" value={data.period} options={PERIOD_OPTIONS} />
      </FilterForm>
      <h2 class="govuk-heading-l">Missing episodes</h2>
      <Figures
        testid="missing-measures"
        items={[
          ['Episodes starting in the period', formatNumber(m.episodes)],
          ['Children missing', formatNumber(m.children)],
          ['Returned', formatNumber(m.returned)],
          [
            'Return interview offered within 72 hours',
            `${formatNumber(m.offeredWithin72h)} (${percent(m.percentOfferedWithin72h)} of returns)`,
          ],
          ['Offered later', formatNumber(m.offeredLate)],
          ['Not offered', formatNumber(m.notOffered)],
          ['Interviews taken', formatNumber(m.taken)],
          ['Repeat missing children', formatNumber(m.repeatChildren)],
        ]}
      />
      <DataTable
        caption="Episodes"
        testid="episodes"
        empty="none you may see."
        keyName="child"
        keys={report.episodes.map((e) => e.childId)}
        columns={[
          { text: 'Child' },
          { text: 'Started' },
          { text: 'Returned' },
          { text: 'Interview offered' },
          { text: 'Within 72 hours' },
          { text: 'Taken' },
        ]}
        rows={report.episodes.map((e) => [
          <ChildLink id={e.childId} names={names} />,
          formatDate(e.start),
          formatDate(e.end) || 'Still missing',
          formatDate(e.interviewOffered) || '-',
          e.interview,
          e.taken === null ? '-' : e.taken ? 'Yes' : 'No',
        ])}
      />
      <DataTable
        caption="Repeat missing children"
        testid="repeat"
        empty="none you may see."
        keyName="child"
        keys={report.repeat.map((r) => r.childId)}
        columns={[{ text: 'Child' }, { text: 'Episodes in the period', numeric: true }]}
        rows={report.repeat.map((r) => [<ChildLink id={r.childId} names={names} />, r.episodes])}
      />
      <h2 class="govuk-heading-l">Exploitation</h2>
      <DataTable
        caption="Children at risk, by type and level"
        testid="exploitation-levels"
        empty="none."
        columns={[
          { text: 'Type of exploitation' },
          { text: 'High', numeric: true },
          { text: 'Medium', numeric: true },
          { text: 'Low', numeric: true },
          { text: 'All', numeric: true },
        ]}
        rows={[
          ['Sexual', x.sexualRiskByLevel.high, x.sexualRiskByLevel.medium, x.sexualRiskByLevel.low, x.sexualRisk],
          [
            'Criminal',
            x.criminalRiskByLevel.high,
            x.criminalRiskByLevel.medium,
            x.criminalRiskByLevel.low,
            x.criminalRisk,
          ],
        ]}
      />
      <Figures
        testid="exploitation-measures"
        items={[
          ['Children considered in the period', formatNumber(x.considered)],
          [
            'By sex',
            Object.entries(x.bySex)
              .map(([sex, n]) => `${SEX[sex] ?? sex}: ${formatNumber(n)}`)
              .join(', ') || '-',
          ],
          ['With disclosures', formatNumber(x.disclosures)],
          [`Subject to the arrangements on ${formatDate(report.at)}`, formatNumber(x.subjectAtDate)],
        ]}
      />
      <DataTable
        caption="Children considered"
        testid="exploitation-children"
        empty="none you may see."
        keyName="child"
        keys={x.children.map((c) => c.childId)}
        columns={[
          { text: 'Child' },
          { text: 'Assessed' },
          { text: 'Sexual exploitation risk' },
          { text: 'Criminal exploitation risk' },
          { text: 'Disclosure' },
          { text: 'Subject now' },
        ]}
        rows={x.children.map((c) => [
          <ChildLink id={c.childId} names={names} />,
          formatDate(c.assessed),
          RISK(c.sexualRisk),
          RISK(c.criminalRisk),
          c.disclosure ? 'Yes' : 'No',
          c.subjectAtDate ? 'Yes' : 'No',
        ])}
      />
    </Layout>
  );
};
