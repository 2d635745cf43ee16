/**
 * The practice tools' pages (/practice/...): drift, workload, proceedings and permanence, missing and
 * exploitation. Each reads through the access core (practice/viewer.ts: the policy's grant for the tool
 * and its level; the children listed are those the caller may see, each audited in the same transaction
 * as the reading). Filters are GET forms; bad input is a 400 page naming the field, a tool the role does
 * not use a 403 page.
 */
import { Hono, type Context } from 'hono';
import { decide } from '../../access/policy.ts';
import { PRACTICE_TOOLS, type PracticeTool } from '../../practice/viewer.ts';
import type { ServerLimits } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { page, pageContext } from './page-context.ts';
import { DriftPage } from './practice-drift.tsx';
import { driftPage, type PracticePageQuery } from './practice-drift-data.ts';
import { PracticeIndexPage, type PracticeToolLink } from './practice-index.tsx';
import { MissingPage } from './practice-missing.tsx';
import { missingPage } from './practice-missing-data.ts';
import { ProceedingsPage } from './practice-proceedings.tsx';
import { proceedingsPage } from './practice-proceedings-data.ts';
import { WorkloadPage } from './practice-workload.tsx';
import { workloadPage } from './practice-workload-data.ts';

const TOOLS: Record<PracticeTool, Omit<PracticeToolLink, 'href'>> = {
  drift: { title: 'Drift', description: 'Statutory clocks overdue and due soon, by team and worker.' },
  workload: {
    title: 'Workload',
    description: 'Points against capacity per worker, unallocated cases, and what-if moves.',
  },
  proceedings: {
    title: 'Care proceedings and permanence',
    description: 'Stages and weeks, cases past 26 weeks, pre-proceedings, permanence plans and adoption.',
  },
  missing: {
    title: 'Missing and exploitation',
    description: 'Return interviews within 72 hours, repeat missing children, exploitation by type and level.',
  },
};

function pageQuery(c: Context<RequestEnv>): PracticePageQuery {
  const context = pageContext(c);
  const query = c.req.query();
  return { query, today: context.today, via: context.via, address: context.address };
}

export function practiceRoutes(limits: ServerLimits): Hono<RequestEnv> {
  const pages = new Hono<RequestEnv>();

  pages.get('/practice', (c) => {
    const context = pageContext(c);
    const tools = PRACTICE_TOOLS.filter(
      (tool) => decide(context.actor, 'read', { target: tool, laCode: context.actor.laCode }).allowed,
    ).map((tool) => ({ href: `/practice/${tool}`, ...TOOLS[tool] }));
    return page(c, PracticeIndexPage({ tools, signedIn: context.signedIn }));
  });

  pages.get('/practice/drift', async (c) => {
    const context = pageContext(c);
    const data = await driftPage(c.var.db(), context.actor, pageQuery(c), limits);
    return page(c, DriftPage({ data, signedIn: context.signedIn }));
  });

  pages.get('/practice/workload', async (c) => {
    const context = pageContext(c);
    const data = await workloadPage(c.var.db(), context.actor, pageQuery(c));
    return page(c, WorkloadPage({ data, signedIn: context.signedIn }));
  });

  pages.get('/practice/proceedings', async (c) => {
    const context = pageContext(c);
    const data = await proceedingsPage(c.var.db(), context.actor, pageQuery(c), limits);
    return page(c, ProceedingsPage({ data, signedIn: context.signedIn }));
  });

  pages.get('/practice/missing', async (c) => {
    const context = pageContext(c);
    const data = await missingPage(c.var.db(), context.actor, pageQuery(c), limits);
    return page(c, MissingPage({ data, signedIn: context.signedIn }));
  });

  return pages;
}
