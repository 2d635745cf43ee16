/**
 * Recording at the point of entry, in the browser: GET /children/{id}/record lists the kinds of event,
 * GET /children/{id}/record/{kind} draws the kind's form, POST records it through recordEvent (the
 * policy decision, the version check, the DfE rules before and after, the rows and their audit row in
 * one transaction; src/recording/record-event.ts) and answers as the JSON twin does
 * (web/api/recording.ts): recorded, 303 to the child page with its banner; a field at fault, 400 with
 * the error summary; DfE queries, 422 asking to confirm; stale, 409 with the changes made meanwhile
 * and nothing written; a role that may not record, 403; a child outside scope, 404 (both audited).
 * The CSRF token is checked before any of this (auth/csrf.ts, for every form post).
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { RefusalReason } from '../../access/policy.ts';
import { eventKind } from '../../recording/kinds.ts';
import { recordEvent, type FieldIssue } from '../../recording/record-event.ts';
import type { EventKind } from '../../recording/event-kind.ts';
import type { RequestEnv } from '../request-store.ts';
import { ChildNotFoundPage } from './child.tsx';
import { MessagePage } from './message.tsx';
import { pageContext, type PageContext } from './page-context.ts';
import { choicesFor, describeChanges, loadRecording, type RecordingData, type ShownChange } from './record-data.ts';
import { formFieldsOf, initialValues, readForm, type FormValues } from './record-fields.ts';
import { CONFIRM, RecordFormPage } from './record-form.tsx';
import { RecordListPage } from './record-list.tsx';
import { recordedLocation } from './record-notice.ts';

/** An id the schema could never hold is absent (as on the child page): no need to ask the store. */
const CHILD_ID = /^[A-Za-z0-9]{1,20}$/;

type Status = 200 | 400 | 403 | 404 | 409 | 422;

function html(c: Context<RequestEnv>, body: unknown, status: Status = 200): Response {
  return c.html(`<!DOCTYPE html>${String(body)}`, status);
}

function requestOf(context: PageContext, childId: string) {
  return {
    childId,
    on: context.today,
    via: context.via,
    address: context.address,
    teamId: context.caller.user?.team_id,
  };
}

/** The answer to a refusal: a child outside scope reads as absent, a role without the grant is told so. */
function refused(c: Context<RequestEnv>, context: PageContext, reason: RefusalReason): Response {
  if (reason === 'not_found') return html(c, ChildNotFoundPage({ signedIn: context.signedIn }), 404);
  return html(
    c,
    MessagePage({
      title: 'You do not have access to this',
      message: "Your role does not allow recording events on a child's record.",
      signedIn: context.signedIn,
      section: 'children',
    }),
    403,
  );
}

function noSuchKind(c: Context<RequestEnv>, context: PageContext): Response {
  return html(
    c,
    MessagePage({
      title: 'Page not found',
      message: 'There is no form for that kind of event.',
      signedIn: context.signedIn,
      section: 'children',
    }),
    404,
  );
}

interface FormState {
  values: FormValues;
  version: number;
  errors?: FieldIssue[];
  queries?: FieldIssue[];
  changes?: ShownChange[];
}

async function formPage(
  c: Context<RequestEnv>,
  context: PageContext,
  kind: EventKind,
  data: RecordingData,
  state: FormState,
  status: Status,
): Promise<Response> {
  const fields = formFieldsOf(kind);
  const request = requestOf(context, data.child.id);
  const choices = await choicesFor(c.var.db(), context.actor, fields, data.record, request);
  return html(
    c,
    RecordFormPage({
      child: data.child,
      kind,
      fields,
      values: state.values,
      version: state.version,
      choices,
      errors: state.errors ?? [],
      queries: state.queries ?? [],
      changes: state.changes,
      on: context.today,
      signedIn: context.signedIn,
    }),
    status,
  );
}

export function recordRoutes(): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();

  routes.get('/children/:id/record', async (c) => {
    const context = pageContext(c);
    const childId = c.req.param('id');
    if (!CHILD_ID.test(childId)) return refused(c, context, 'not_found');
    const access = await loadRecording(c.var.db(), context.actor, requestOf(context, childId));
    if (!access.allowed) return refused(c, context, access.reason);
    return html(c, RecordListPage({ child: access.data.child, signedIn: context.signedIn }));
  });

  routes.get('/children/:id/record/:kind', async (c) => {
    const context = pageContext(c);
    const childId = c.req.param('id');
    const kind = eventKind(c.req.param('kind'));
    if (!kind) return noSuchKind(c, context);
    if (!CHILD_ID.test(childId)) return refused(c, context, 'not_found');
    const access = await loadRecording(c.var.db(), context.actor, requestOf(context, childId));
    if (!access.allowed) return refused(c, context, access.reason);
    const values = initialValues(formFieldsOf(kind), context.caller.user?.worker_id);
    return formPage(c, context, kind, access.data, { values, version: access.data.version }, 200);
  });

  routes.post('/children/:id/record/:kind', async (c) => {
    const context = pageContext(c);
    const childId = c.req.param('id');
    const kind = eventKind(c.req.param('kind'));
    if (!kind) return noSuchKind(c, context);
    if (!CHILD_ID.test(childId)) return refused(c, context, 'not_found');
    const body = await c.req.parseBody({ all: true });
    const { input, values } = readForm(formFieldsOf(kind), body);
    const posted = typeof body._version === 'string' && /^\d{1,9}$/.test(body._version) ? Number(body._version) : -1;
    const confirm = body[CONFIRM] === 'yes';
    const db = c.var.db();
    const outcome = await recordEvent(
      db,
      context.actor,
      childId,
      kind.kind,
      { input, version: posted, confirm },
      { on: context.today, via: context.via, address: context.address },
    );
    if (outcome.status === 'recorded')
      return c.redirect(recordedLocation(context.actor, childId, kind.kind, outcome.version), 303);
    if (outcome.status === 'refused') return refused(c, context, outcome.reason);
    if (outcome.status === 'unknown-kind') return noSuchKind(c, context);
    // Shown again: the record is read afresh (audited as a view) for the choices and the changes.
    const access = await loadRecording(db, context.actor, requestOf(context, childId));
    if (!access.allowed) return refused(c, context, access.reason);
    const data = access.data;
    switch (outcome.status) {
      case 'invalid':
        return formPage(c, context, kind, data, { values, version: posted, errors: outcome.issues }, 400);
      case 'needs-confirmation': {
        // Asked before and posted again unconfirmed: say what is missing, beside the box.
        const unconfirmed: FieldIssue[] =
          body._queried === 'yes'
            ? [
                {
                  field: CONFIRM,
                  message: 'Select "confirm and record" to record despite the DfE queries, or change the answers',
                  severity: 'error',
                },
              ]
            : [];
        const state = { values, version: posted, queries: outcome.issues, errors: unconfirmed };
        return formPage(c, context, kind, data, state, 422);
      }
      case 'stale': {
        const changes = await describeChanges(db, context.actor.laCode, outcome.changes, data.record);
        return formPage(c, context, kind, data, { values, version: outcome.version, changes }, 409);
      }
    }
  });

  return routes;
}
