/** A worker's caseload (next due, overdue) and a team's page (each worker's load, unallocated cases). */
import type { FC } from 'hono/jsx';
import type { CaseloadLine, TeamPageData } from './caseload-data.ts';
import { clockTagClass, formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';

const ChildLink: FC<{ id: string; name: string }> = ({ id, name }) => (
  <a class="govuk-link" href={`/children/${encodeURIComponent(id)}`}>
    {name}
  </a>
);

const CaseloadTable: FC<{ lines: CaseloadLine[] }> = ({ lines }) => (
  <table class="govuk-table" data-testid="caseload">
    <caption class="govuk-table__caption govuk-table__caption--m">Children allocated to you</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Child
        </th>
        <th scope="col" class="govuk-table__header">
          Next due
        </th>
        <th scope="col" class="govuk-table__header">
          Overdue
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {lines.map((line) => (
        <tr class="govuk-table__row" data-child={line.id}>
          <td class="govuk-table__cell">
            <ChildLink id={line.id} name={line.name} />
          </td>
          <td class="govuk-table__cell">
            {line.next ? (
              <>
                {line.next.title}, {formatDate(line.next.due)}{' '}
                <strong class={clockTagClass(line.next.status)}>{line.next.status}</strong>
              </>
            ) : (
              'Nothing running'
            )}
          </td>
          <td class="govuk-table__cell">
            {line.overdue.length === 0 ? (
              'None'
            ) : (
              <ul class="govuk-list govuk-!-margin-bottom-0">
                {line.overdue.map((clock) => (
                  <li>
                    <strong class={clockTagClass('overdue')}>overdue</strong> {clock.title}, due {formatDate(clock.due)}{' '}
                    ({clock.daysOver} days)
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

export interface CaseloadProps {
  lines: CaseloadLine[] | undefined;
  teamId: string | null;
  at: string;
  signedIn: SignedIn;
}

export const CaseloadPage: FC<CaseloadProps> = ({ lines, teamId, at, signedIn }) => {
  const overdue = (lines ?? []).reduce((sum, line) => sum + line.overdue.length, 0);
  return (
    <Layout title="Your caseload" signedIn={signedIn} section="caseload">
      <span class="govuk-caption-l">On {formatDate(at)}</span>
      <h1 class="govuk-heading-xl">Your caseload</h1>
      {lines === undefined ? (
        <p class="govuk-body" data-testid="no-caseload">
          You hold no caseload: your account is not linked to a case-holding worker.
        </p>
      ) : lines.length === 0 ? (
        <p class="govuk-body" data-testid="no-caseload">
          No children are allocated to you.
        </p>
      ) : (
        <>
          <p class="govuk-body-l" data-testid="caseload-summary">
            {lines.length} {lines.length === 1 ? 'child' : 'children'}; {overdue} overdue{' '}
            {overdue === 1 ? 'item' : 'items'}.
          </p>
          <CaseloadTable lines={lines} />
        </>
      )}
      {teamId ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/teams/${encodeURIComponent(teamId)}`}>
            Your team's caseloads
          </a>
        </p>
      ) : null}
    </Layout>
  );
};

const Workers: FC<{ data: TeamPageData }> = ({ data }) => (
  <table class="govuk-table" data-testid="workers">
    <caption class="govuk-table__caption govuk-table__caption--m">Caseloads</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Worker
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Children
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Workload points
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Of capacity
        </th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">
          Overdue items
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {data.workers.map((worker) => (
        <tr class="govuk-table__row" data-worker={worker.workerId}>
          <td class="govuk-table__cell">{worker.name}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(worker.cases)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(worker.points)}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {worker.percentOfCapacity === null ? '-' : `${formatNumber(worker.percentOfCapacity)}%`}
          </td>
          <td class="govuk-table__cell govuk-table__cell--numeric">
            {worker.overdue > 0 ? <strong class="govuk-tag govuk-tag--red">{worker.overdue}</strong> : '0'}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

const Unallocated: FC<{ data: TeamPageData }> = ({ data }) =>
  data.unallocated.length === 0 ? (
    <p class="govuk-body" data-testid="unallocated">
      No open case you may see is waiting for a social worker.
    </p>
  ) : (
    <table class="govuk-table" data-testid="unallocated">
      <caption class="govuk-table__caption govuk-table__caption--m">Unallocated cases</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Child
          </th>
          <th scope="col" class="govuk-table__header">
            Open
          </th>
          <th scope="col" class="govuk-table__header">
            Waiting since
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Days
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {data.unallocated.map((child) => (
          <tr class="govuk-table__row" data-child={child.id}>
            <td class="govuk-table__cell">
              <ChildLink id={child.id} name={child.name} />
            </td>
            <td class="govuk-table__cell">{child.what}</td>
            <td class="govuk-table__cell">{formatDate(child.waitingSince)}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{formatNumber(child.waitingDays)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

export const TeamPage: FC<{ data: TeamPageData; at: string; signedIn: SignedIn }> = ({ data, at, signedIn }) => (
  <Layout title={data.teamName} signedIn={signedIn} section="caseload">
    <span class="govuk-caption-l">Team caseloads on {formatDate(at)}</span>
    <h1 class="govuk-heading-xl">{data.teamName}</h1>
    <Workers data={data} />
    <h2 class="govuk-heading-m">Waiting for a social worker</h2>
    <Unallocated data={data} />
  </Layout>
);

export const TeamNotFoundPage: FC<{ signedIn: SignedIn }> = ({ signedIn }) => (
  <Layout title="Page not found" signedIn={signedIn} section="caseload">
    <h1 class="govuk-heading-l">Page not found</h1>
    <p class="govuk-body">There is no team with that id whose caseloads you may see.</p>
  </Layout>
);
