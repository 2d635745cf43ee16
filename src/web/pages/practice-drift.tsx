/**
 * The drift page: statutory and local clocks overdue or due soon at a date, counted by team and worker,
 * then each clock with its child (linking to the child's page), the rule it runs under and its citation.
 * Filters (date, team, clock) are a GET form, so the page works without JavaScript.
 */
import type { FC } from 'hono/jsx';
import { clockTagClass, formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { DriftPageData } from './practice-drift-data.ts';
import { ChildLink, DataTable, DateInput, FilterForm, Select } from './practice-parts.tsx';

export const DriftPage: FC<{ data: DriftPageData; signedIn: SignedIn }> = ({ data, signedIn }) => {
  const { report, names } = data;
  const overdue = report.byTeam.reduce((sum, t) => sum + t.overdue, 0);
  const dueSoon = report.byTeam.reduce((sum, t) => sum + t.dueSoon, 0);
  const where = report.level ? `${report.level.kind} ${report.level.id}` : 'the council';
  return (
    <Layout title="Drift: clocks overdue and due soon" signedIn={signedIn} section="practice">
      <span class="govuk-caption-l">
        Practice, {where}, on {formatDate(report.at)}
      </span>
      <h1 class="govuk-heading-xl">Clocks overdue and due soon</h1>
      <FilterForm action="/practice/drift">
        <DateInput name="at" label="Date" value={report.at} />
        {data.teams.length ? (
          <Select
            name="team"
            label="Team"
            value={data.team}
            options={[{ value: '', text: 'All teams' }, ...data.teams.map((t) => ({ value: t.id, text: t.name }))]}
          />
        ) : null}
        <Select
          name="clock"
          label="Clock"
          value={data.clock}
          options={[{ value: '', text: 'Every clock' }, ...data.clocks.map((c) => ({ value: c.id, text: c.title }))]}
        />
      </FilterForm>
      <p class="govuk-body-l" data-testid="drift-summary">
        {formatNumber(overdue)} overdue, {formatNumber(dueSoon)} due soon, of {formatNumber(report.clocksComputed)}{' '}
        clocks on open cases.
      </p>
      <DataTable
        caption="By team"
        testid="by-team"
        empty="nothing overdue or due soon."
        columns={[{ text: 'Team' }, { text: 'Overdue', numeric: true }, { text: 'Due soon', numeric: true }]}
        rows={report.byTeam.map((t) => [t.teamName ?? t.teamId ?? 'Unallocated', t.overdue, t.dueSoon])}
      />
      <DataTable
        caption="By worker"
        testid="by-worker"
        empty="nothing overdue or due soon."
        columns={[
          { text: 'Worker' },
          { text: 'Team' },
          { text: 'Overdue', numeric: true },
          { text: 'Due soon', numeric: true },
        ]}
        rows={report.byWorker.map((w) => [
          w.workerName ?? w.workerId ?? 'Unallocated',
          w.teamName ?? w.teamId ?? '-',
          w.overdue,
          w.dueSoon,
        ])}
      />
      <DataTable
        caption="Clocks of the children you may see"
        testid="drift-items"
        empty="none you may see."
        keyName="child"
        keys={report.items.map((c) => c.childId)}
        columns={[
          { text: 'Child' },
          { text: 'Clock and rule' },
          { text: 'Started' },
          { text: 'Due' },
          { text: 'Status' },
          { text: 'Days over', numeric: true },
        ]}
        rows={report.items.map((c) => [
          <ChildLink id={c.childId} names={names} />,
          <>
            {c.title}
            <br />
            <span class="govuk-body-s kestrel-secondary-text">{c.citation}</span>
          </>,
          <span class="kestrel-nowrap">{formatDate(c.started)}</span>,
          <span class="kestrel-nowrap">{formatDate(c.due)}</span>,
          <strong class={clockTagClass(c.status)}>{c.status}</strong>,
          c.daysOver,
        ])}
      />
      <h2 class="govuk-heading-m">The rules</h2>
      <ul class="govuk-list govuk-list--bullet" data-testid="rules">
        {report.rules.map((r) => (
          <li>
            <strong>{r.title}</strong>
            {r.local ? ' (local timescale)' : ''}: {r.citation}
          </li>
        ))}
      </ul>
    </Layout>
  );
};
