/**
 * The way into recording from the child page: the "Record an event" button (for roles that may record
 * at all), the list of every kind of event (src/recording/kinds.ts), grouped as practice groups them,
 * and the success banner the child page shows after a form is recorded.
 */
import type { FC } from 'hono/jsx';
import { NEED_EVENTS } from '../../recording/need-events.ts';
import { EVENT_KINDS } from '../../recording/kinds.ts';
import type { ChildSummary } from './child-data.ts';
import { Layout, type SignedIn } from './layout.tsx';

function recordPath(childId: string, kind?: string): string {
  return `/children/${encodeURIComponent(childId)}/record${kind ? `/${kind}` : ''}`;
}

const GROUPS = [
  {
    title: 'Front door, assessment and child protection',
    kinds: EVENT_KINDS.filter((kind) => NEED_EVENTS.some((need) => need.kind === kind.kind)),
  },
  {
    title: 'Children looked after and care leavers',
    kinds: EVENT_KINDS.filter((kind) => !NEED_EVENTS.some((need) => need.kind === kind.kind)),
  },
];

export const RecordListPage: FC<{ child: ChildSummary; signedIn: SignedIn }> = ({ child, signedIn }) => (
  <Layout title={`Record an event for ${child.name}`} signedIn={signedIn} section="children">
    <a href={`/children/${encodeURIComponent(child.id)}`} class="govuk-back-link">
      Back to {child.name}
    </a>
    <span class="govuk-caption-l">
      {child.name}, child {child.id}
    </span>
    <h1 class="govuk-heading-l">Record an event</h1>
    <p class="govuk-body">
      Each form is checked against the DfE rules of the 903 and CIN census returns as you record it.
    </p>
    {GROUPS.map((group, index) => (
      <>
        <h2 class="govuk-heading-m" id={`group-${index + 1}`}>
          {group.title}
        </h2>
        <ul class="govuk-list" aria-labelledby={`group-${index + 1}`} data-testid={`kinds-${index + 1}`}>
          {group.kinds.map((kind) => (
            <li>
              <a class="govuk-link" href={recordPath(child.id, kind.kind)}>
                {kind.title}
              </a>
            </li>
          ))}
        </ul>
      </>
    ))}
  </Layout>
);

/** What the child page shows about recording: the way in, and the banner after a recorded form. */
export interface RecordingOnChildPage {
  mayRecord: boolean;
  /** The title of the kind of event just recorded (its banner), when the page follows a recorded form. */
  recorded: string | undefined;
}

/** The GOV.UK success notification banner after a recorded form (focused, so it is read first). */
export const RecordedBanner: FC<{ recording: RecordingOnChildPage | undefined }> = ({ recording }) =>
  recording?.recorded ? (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="recorded-title"
      data-module="govuk-notification-banner"
      data-testid="recorded"
      tabindex={-1}
      autofocus
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="recorded-title">
          Success
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{recording.recorded} recorded</p>
        <p class="govuk-body">The clocks, the chronology and the indicators include it now.</p>
      </div>
    </div>
  ) : null;

/** The way to the list of forms, for a role that may record. */
export const RecordButton: FC<{ childId: string; recording: RecordingOnChildPage | undefined }> = ({
  childId,
  recording,
}) =>
  recording?.mayRecord ? (
    <a
      href={recordPath(childId)}
      role="button"
      draggable="false"
      class="govuk-button govuk-button--secondary kestrel-no-print"
      data-module="govuk-button"
      data-testid="record-event"
    >
      Record an event
    </a>
  ) : null;
