/**
 * The improvement plan's forms (POST /practice/quality/improvement/actions, .../actions/:id/progress):
 * heads of service add an action or report progress; bad input shows the plan again with the GOV.UK
 * error summary and the values kept, and changes nothing. The CSRF token is checked before these run.
 */
import type { Context, Hono } from 'hono';
import { actionInput } from '../../practice/improvement/plan.ts';
import { mayDo } from '../practice-access.ts';
import type { RequestEnv } from '../request-store.ts';
import { page, pageContext, type PageContext } from './page-context.ts';
import { formValues, type FieldError } from './practice-form.tsx';
import { ImprovementPage, type PlanForm } from './practice-improvement.tsx';
import { addAction, addProgress, planView, PlanInputError } from './practice-improvement-data.ts';
import { request, toolAccess } from './practice-page-access.ts';

type C = Context<RequestEnv>;

/** The plan page, with a form's values and errors when one was refused (400). */
export async function improvementPage(c: C, context: PageContext, form: PlanForm | undefined): Promise<Response> {
  const plan = await planView(c.var.db(), context.actor, { ...request(context), at: context.today });
  return page(
    c,
    ImprovementPage({
      plan,
      mayChange: mayDo(context.actor, 'change', 'improvement-plan'),
      form,
      signedIn: context.signedIn,
    }),
    form?.errors.length ? 400 : 200,
  );
}

const ADD_MESSAGES: Record<string, string> = {
  id: 'Enter a reference for the action, for example R1.2',
  kind: 'Choose a recommendation or a local priority',
  heading: 'Enter the recommendation or priority',
  action: 'Enter what will be done',
  owner: 'Enter who owns the action',
  due: 'Enter the due date as YYYY-MM-DD, for example 2026-12-31',
  evidence: 'Enter indicator ids separated by spaces',
};

export function improvementForms(pages: Hono<RequestEnv>): void {
  pages.post('/practice/quality/improvement/actions', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'improvement-plan');
    if (access instanceof Response) return access;
    const values = formValues(await c.req.parseBody());
    const parsed = actionInput.safeParse({
      id: values.id ?? '',
      kind: values.kind ?? '',
      heading: values.heading ?? '',
      action: values.action ?? '',
      owner: values.owner ?? '',
      due: values.due ?? '',
      evidence: (values.evidence ?? '').split(/[\s,]+/).filter(Boolean),
    });
    const errors: FieldError[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'id');
        if (!errors.some((e) => e.field === field))
          errors.push({ field, message: ADD_MESSAGES[field] ?? `Check ${field}` });
      }
    } else {
      try {
        await addAction(c.var.db(), context.actor, parsed.data, request(context));
        return c.redirect(`/practice/quality/improvement#${encodeURIComponent(parsed.data.id)}`, 303);
      } catch (error) {
        if (!(error instanceof PlanInputError)) throw error;
        errors.push({ field: error.field, message: error.message });
      }
    }
    return improvementPage(c, context, { form: 'add', values, errors });
  });

  pages.post('/practice/quality/improvement/actions/:id/progress', async (c) => {
    const context = pageContext(c);
    const access = await toolAccess(c, context, 'change', 'improvement-plan');
    if (access instanceof Response) return access;
    const actionId = c.req.param('id');
    const values = formValues(await c.req.parseBody());
    // The form's fields carry the action's id as a suffix, so each form on the page has its own ids.
    const suffix = `-${actionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const field = (name: string) => values[`${name}${suffix}`] ?? '';
    const plain = { rag: field('rag'), asAt: field('asAt'), note: field('note') };
    const errors: FieldError[] = [];
    if (!['red', 'amber', 'green', 'complete'].includes(plain.rag))
      errors.push({ field: 'rag', message: 'Choose red, amber, green or complete' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(plain.asAt) || Number.isNaN(Date.parse(plain.asAt)))
      errors.push({ field: 'asAt', message: 'Enter the date reported as at as YYYY-MM-DD' });
    if (plain.note.length > 5000) errors.push({ field: 'note', message: 'The note must be 5,000 characters or fewer' });
    if (errors.length === 0)
      try {
        await addProgress(
          c.var.db(),
          context.actor,
          { actionId, asAt: plain.asAt, rag: plain.rag, note: plain.note || undefined },
          request(context),
        );
        return c.redirect(`/practice/quality/improvement#${encodeURIComponent(actionId)}`, 303);
      } catch (error) {
        if (!(error instanceof PlanInputError)) throw error;
        errors.push({ field: error.field === 'id' ? 'rag' : error.field, message: error.message });
      }
    return improvementPage(c, context, { form: `progress:${actionId}`, values: plain, errors });
  });
}
