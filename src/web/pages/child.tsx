/**
 * The child page: who the child is, the statutory clocks running now (what is due and overdue), the
 * chronology of every event in the record, the allocation history and siblings. The same page prints
 * (the print stylesheet in assets.ts drops the header, navigation and footer).
 */
import type { FC } from 'hono/jsx';
import type { Clock } from '../../practice/clocks/engine.ts';
import type { ChildPageData, ChildSummary } from './child-data.ts';
import { clockTagClass, formatDate } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { RecordButton, RecordedBanner, type RecordingOnChildPage } from './record-list.tsx';

const Clocks: FC<{ clocks: Clock[]; at: string }> = ({ clocks, at }) =>
  clocks.length === 0 ? (
    <p class="govuk-body" data-testid="no-clocks">
      No statutory clock is running on {formatDate(at)}.
    </p>
  ) : (
    <table class="govuk-table" data-testid="clocks">
      <caption class="govuk-table__caption govuk-table__caption--m">
        Statutory clocks running on {formatDate(at)}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            What
          </th>
          <th scope="col" class="govuk-table__header">
            Started
          </th>
          <th scope="col" class="govuk-table__header">
            Due
          </th>
          <th scope="col" class="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {clocks.map((clock) => (
          <tr class="govuk-table__row" data-clock={clock.clockId}>
            <td class="govuk-table__cell">
              {clock.title}
              <br />
              <span class="govuk-body-s kestrel-secondary-text">{clock.citation}</span>
            </td>
            <td class="govuk-table__cell">{formatDate(clock.started)}</td>
            <td class="govuk-table__cell">{formatDate(clock.due)}</td>
            <td class="govuk-table__cell">
              <strong class={clockTagClass(clock.status)}>{clock.status}</strong>
              {clock.daysOver > 0 ? (
                <>
                  <br />
                  {clock.daysOver} days over
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

const Chronology: FC<{ data: ChildPageData }> = ({ data }) => (
  <table class="govuk-table" data-testid="chronology">
    <caption class="govuk-table__caption govuk-table__caption--m">Chronology</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">
          Date
        </th>
        <th scope="col" class="govuk-table__header">
          Event
        </th>
        <th scope="col" class="govuk-table__header">
          Record
        </th>
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      {data.chronology.map((event) => (
        <tr class="govuk-table__row">
          <td class="govuk-table__cell kestrel-nowrap">{formatDate(event.date)}</td>
          <td class="govuk-table__cell">{event.what}</td>
          <td class="govuk-table__cell">{event.recordId}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const Allocations: FC<{ data: ChildPageData }> = ({ data }) =>
  data.allocations.length === 0 ? (
    <p class="govuk-body">The child has never been allocated.</p>
  ) : (
    <table class="govuk-table" data-testid="allocations">
      <caption class="govuk-table__caption govuk-table__caption--m">Allocation history</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Worker
          </th>
          <th scope="col" class="govuk-table__header">
            Role
          </th>
          <th scope="col" class="govuk-table__header">
            Team
          </th>
          <th scope="col" class="govuk-table__header">
            Dates
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {data.allocations.map((line) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{line.worker}</td>
            <td class="govuk-table__cell">{line.kind}</td>
            <td class="govuk-table__cell">{line.team}</td>
            <td class="govuk-table__cell">
              {formatDate(line.start)} to {line.end ? formatDate(line.end) : 'now'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

const Siblings: FC<{ siblings: ChildSummary[] }> = ({ siblings }) =>
  siblings.length === 0 ? (
    <p class="govuk-body" data-testid="siblings">
      No siblings you may see are recorded.
    </p>
  ) : (
    <ul class="govuk-list" data-testid="siblings">
      {siblings.map((sibling) => (
        <li>
          <a class="govuk-link" href={`/children/${encodeURIComponent(sibling.id)}`}>
            {sibling.name}
          </a>
          {sibling.dateOfBirth ? `, born ${formatDate(sibling.dateOfBirth)}` : ''}
        </li>
      ))}
    </ul>
  );

export const ChildPage: FC<{
  data: ChildPageData;
  at: string;
  signedIn: SignedIn;
  recording?: RecordingOnChildPage | undefined;
}> = ({ data, at, signedIn, recording }) => {
  const overdue = data.clocks.filter((clock) => clock.status === 'overdue').length;
  return (
    <Layout title={data.child.name} signedIn={signedIn} section="children">
      <RecordedBanner recording={recording} />
      <span class="govuk-caption-l">Child {data.child.id}</span>
      <h1 class="govuk-heading-xl">{data.child.name}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Date of birth</dt>
          <dd class="govuk-summary-list__value">{formatDate(data.child.dateOfBirth) || 'Not recorded'}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Unique pupil number</dt>
          <dd class="govuk-summary-list__value">{data.child.upn ?? 'Not recorded'}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Overdue</dt>
          <dd class="govuk-summary-list__value" data-testid="overdue-count">
            {overdue === 0 ? 'Nothing overdue' : `${overdue} overdue`}
          </dd>
        </div>
      </dl>
      <RecordButton childId={data.child.id} recording={recording} />
      <Clocks clocks={data.clocks} at={at} />
      <Chronology data={data} />
      <Allocations data={data} />
      <h2 class="govuk-heading-m">Siblings</h2>
      <Siblings siblings={data.siblings} />
    </Layout>
  );
};

/** The answer for a child who is absent or outside the caller's scope: the same words for both. */
export const ChildNotFoundPage: FC<{ signedIn: SignedIn }> = ({ signedIn }) => (
  <Layout title="Page not found" signedIn={signedIn} section="children">
    <h1 class="govuk-heading-l">Page not found</h1>
    <p class="govuk-body">There is no child with that id that you may see.</p>
    <p class="govuk-body">
      <a class="govuk-link" href="/children">
        Search for a child
      </a>
    </p>
  </Layout>
);
