/**
 * The workload page: each worker's cases and points against capacity, the distribution by team, the
 * share of experienced workers above the ideal (seed 001: "an average points score of 56 is the ideal"),
 * caseload per FTE as the DfE workforce census counts it, unallocated cases with how long each has
 * waited, and a what-if form (a GET: it changes nothing) showing both workers' points before and after.
 */
import type { FC } from 'hono/jsx';
import type { WorkerLoad } from '../../practice/workload/workload.ts';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { ChildLink, DataTable, DateInput, Figures, FilterForm, percent, Select, TextInput } from './practice-parts.tsx';
import type { WorkloadPageData } from './practice-workload-data.ts';

const WhatIf: FC<{ data: WorkloadPageData }> = ({ data }) => {
  const { report } = data;
  const move = report.move;
  const line = (label: string, pair: { before: WorkerLoad; after: WorkerLoad }) => [
    `${pair.before.name} (${label})`,
    pair.before.points,
    pair.after.points,
    percent(pair.before.percentOfCapacity),
    percent(pair.after.percentOfCapacity),
  ];
  return (
    <>
      <h2 class="govuk-heading-l">What if a child moved?</h2>
      <p class="govuk-body">Try a move to see both workers' points before and after. Nothing is changed.</p>
      <FilterForm action="/practice/workload" button="Try the move" testid="what-if">
        <input type="hidden" name="at" value={report.at} />
        {data.team ? <input type="hidden" name="team" value={data.team} /> : null}
        <TextInput name="move" label="Child id" value={data.move} />
        <Select
          name="to"
          label="Move to"
          value={data.to}
          options={[
            { value: '', text: 'Choose a worker' },
            ...report.workers.map((w) => ({ value: w.workerId, text: w.name })),
          ]}
        />
      </FilterForm>
      {move ? (
        <>
          <p class="govuk-body" data-testid="moved">
            Moving <ChildLink id={move.childId} names={data.names} />:
          </p>
          <DataTable
            caption="Points before and after the move"
            testid="what-if-result"
            empty="no worker to show."
            columns={[
              { text: 'Worker' },
              { text: 'Points before', numeric: true },
              { text: 'Points after', numeric: true },
              { text: 'Capacity before', numeric: true },
              { text: 'Capacity after', numeric: true },
            ]}
            rows={[...(move.from ? [line('now holds the child', move.from)] : []), line('would hold it', move.to)]}
          />
        </>
      ) : null}
    </>
  );
};

export const WorkloadPage: FC<{ data: WorkloadPageData; signedIn: SignedIn }> = ({ data, signedIn }) => {
  const { report, names } = data;
  const where = report.level ? `${report.level.kind} ${report.level.id}` : 'the council';
  const above = report.experiencedAboveIdeal;
  return (
    <Layout title="Workload" signedIn={signedIn} section="practice">
      <span class="govuk-caption-l">
        Practice, {where}, on {formatDate(report.at)}
      </span>
      <h1 class="govuk-heading-xl">Workload</h1>
      <FilterForm action="/practice/workload">
        <DateInput name="at" label="Date" value={report.at} />
        {data.teams.length ? (
          <Select
            name="team"
            label="Team"
            value={data.team}
            options={[{ value: '', text: 'All teams' }, ...data.teams.map((t) => ({ value: t.id, text: t.name }))]}
          />
        ) : null}
      </FilterForm>
      <Figures
        testid="workload-figures"
        items={[
          ['Ideal points per full-time worker', formatNumber(report.ideal)],
          [
            'Experienced workers above the ideal',
            `${formatNumber(above.above)} of ${formatNumber(above.of)} (${percent(above.percent)})`,
          ],
          ['Children per FTE social worker (DfE census)', formatNumber(report.caseloadPerFte.socialWorkers)],
          ['Children per FTE IRO (DfE census)', formatNumber(report.caseloadPerFte.iros)],
        ]}
      />
      <DataTable
        caption="Workers"
        testid="workers"
        empty="no case-holding worker."
        keyName="worker"
        keys={report.workers.map((w) => w.workerId)}
        columns={[
          { text: 'Worker' },
          { text: 'Team' },
          { text: 'Cases', numeric: true },
          { text: 'Points', numeric: true },
          { text: 'Capacity', numeric: true },
          { text: 'Of capacity', numeric: true },
          { text: 'Above the ideal' },
        ]}
        rows={report.workers.map((w) => [
          `${w.name}${w.asye ? ' (ASYE)' : ''}`,
          report.teams.find((t) => t.teamId === w.teamId)?.teamName ?? w.teamId,
          w.cases,
          formatNumber(w.points),
          formatNumber(w.capacity),
          percent(w.percentOfCapacity),
          w.aboveIdeal ? <strong class="govuk-tag govuk-tag--red">above</strong> : 'No',
        ])}
      />
      <DataTable
        caption="Teams"
        testid="teams"
        empty="no team."
        columns={[
          { text: 'Team' },
          { text: 'Workers', numeric: true },
          { text: 'Cases', numeric: true },
          { text: 'Mean points', numeric: true },
          { text: 'Lowest', numeric: true },
          { text: 'Highest', numeric: true },
          { text: 'Over capacity', numeric: true },
        ]}
        rows={report.teams.map((t) => [
          t.teamName ?? t.teamId,
          t.workers,
          t.cases,
          formatNumber(t.meanPoints),
          formatNumber(t.minPoints),
          formatNumber(t.maxPoints),
          t.overCapacity,
        ])}
      />
      {report.unallocated ? (
        <DataTable
          caption="Unallocated cases"
          testid="unallocated"
          empty="no open case you may see is waiting for a social worker."
          keyName="child"
          keys={report.unallocated.map((u) => u.childId)}
          columns={[{ text: 'Child' }, { text: 'Open' }, { text: 'Waiting since' }, { text: 'Days', numeric: true }]}
          rows={report.unallocated.map((u) => [
            <ChildLink id={u.childId} names={names} />,
            u.what,
            formatDate(u.waitingSince),
            u.waitingDays,
          ])}
        />
      ) : null}
      <WhatIf data={data} />
    </Layout>
  );
};
