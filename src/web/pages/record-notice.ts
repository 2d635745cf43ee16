/**
 * After a form is recorded the browser is sent (303, post/redirect/get) to the child page, which says
 * so in a banner. The address carries the kind of event and the version it made, signed under the
 * server's secret for the person who recorded it, so a link made by anyone else cannot show a banner
 * claiming a record that was never made.
 */
import type { Context } from 'hono';
import type { Actor } from '../../access/policy.ts';
import { eventKind } from '../../recording/kinds.ts';
import { sameText, sign } from '../auth/secret.ts';
import type { RequestEnv } from '../request-store.ts';
import { mayRecordAtAll } from './record-data.ts';
import type { RecordingOnChildPage } from './record-list.tsx';

function check(actor: Actor, childId: string, kind: string, version: string): string {
  return sign('recorded', [actor.laCode, actor.userId, childId, kind, version].join('\n'));
}

/** Where a recorded form sends the browser: the child page, with the banner's signed notice. */
export function recordedLocation(actor: Actor, childId: string, kind: string, version: number): string {
  const query = new URLSearchParams({
    recorded: kind,
    version: String(version),
    check: check(actor, childId, kind, String(version)),
  });
  return `/children/${encodeURIComponent(childId)}?${query}`;
}

/** What the child page shows about recording for this request: the button, and the banner if signed. */
export function recordingOnChildPage(c: Context<RequestEnv>, actor: Actor, childId: string): RecordingOnChildPage {
  const kind = eventKind(c.req.query('recorded') ?? '');
  const version = c.req.query('version') ?? '';
  const given = c.req.query('check') ?? '';
  const signed =
    kind !== undefined && /^\d{1,9}$/.test(version) && sameText(given, check(actor, childId, kind.kind, version));
  return { mayRecord: mayRecordAtAll(actor), recorded: signed ? kind.title : undefined };
}
