/** What the practice pages share: the request's audit context, and the policy's answer as a page. */
import type { Context } from 'hono';
import { practiceAccess, type PracticeAccess, type PracticeTarget } from '../practice-access.ts';
import type { RequestEnv } from '../request-store.ts';
import { MessagePage } from './message.tsx';
import { page, type PageContext } from './page-context.ts';

export const request = (context: PageContext) => ({ on: context.today, via: context.via, address: context.address });

/** The caller's access to a tool, or the refusal page to answer with (refusal audited). */
export async function toolAccess(
  c: Context<RequestEnv>,
  context: PageContext,
  action: 'read' | 'change',
  target: PracticeTarget,
): Promise<PracticeAccess | Response> {
  const access = await practiceAccess(c.var.db(), context.actor, action, target, request(context));
  if (!('allowed' in access)) return access;
  return page(
    c,
    MessagePage({
      title: 'You do not have access to this',
      message: 'Your role does not use this tool.',
      signedIn: context.signedIn,
      section: 'quality',
    }),
    403,
  );
}
