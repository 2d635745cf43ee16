/**
 * Teams, workers and who holds each case. A day-by-day sweep over the years of history allocates every
 * span of need to the least-loaded worker in a team of the right kind, hires when caseloads rise above
 * the council's published caseload per FTE, hands cases over when workers leave (903 SW_REASON LEFTRL),
 * and now and then leaves a case unallocated for a few days.
 */
import { iso, OPEN, type CaseTeam, type Kid, type Row } from './model.ts';
import type { SimContext } from './context.ts';
import { until } from './dates.ts';
import { tidySocialWorkers } from './social-worker-episodes.ts';
import { CaseSweep } from './case-sweep.ts';
import type { Allocation, Team, Worker, Workforce } from './workforce-model.ts';

const TEAM_NAMES: Record<CaseTeam | 'front_door', string> = {
  front_door: 'Front Door (MASH)',
  assessment: 'Assessment',
  fieldwork: 'Safeguarding and Family Support',
  disabled_children: 'Children with Disabilities',
  permanence: 'Children in Care',
  leaving_care: 'Leaving Care',
  iro: 'Independent Reviewing',
  early_help: 'Early Help',
  youth_justice: 'Youth Justice',
};
const LOCALITIES = ['North', 'South', 'East', 'West', 'Central'];
const TEAM_KINDS: readonly (CaseTeam | 'front_door')[] = [
  'front_door',
  'assessment',
  'fieldwork',
  'disabled_children',
  'permanence',
  'leaving_care',
  'iro',
  'early_help',
  'youth_justice',
];

/** Allocates every need of the kept children between `from` and the reference date. */
export function runWorkforce(ctx: SimContext, kids: Kid[], from: number): Workforce {
  const sweep = new CaseSweep(ctx);
  openTeams(ctx, sweep, from);
  scheduleNeeds(ctx, sweep, kids, from);
  sweep.run(from);
  return tidyAllocations(ctx, sweep);
}

/** The council's teams, some per locality, each with a manager, opened some years before `from`; the front door staffed. */
function openTeams(ctx: SimContext, sweep: CaseSweep, from: number): void {
  const localities = LOCALITIES.slice(0, Math.max(1, Math.min(5, Math.round(ctx.params.population / 30000))));
  const opened = from - ctx.random.int(400, 2000);
  for (const kind of TEAM_KINDS) {
    const perLocality = kind === 'fieldwork' || kind === 'assessment' || kind === 'early_help';
    for (const locality of perLocality ? localities : [localities[0]!]) {
      const team: Team = {
        id: `T${sweep.teams.length + 1}`,
        kind,
        name: `${TEAM_NAMES[kind]}${perLocality && localities.length > 1 ? ` ${locality}` : ''}`,
        locality,
        workers: [],
      };
      sweep.teams.push(team);
      sweep.hire(team, opened, 'team_manager');
      if (kind === 'front_door')
        for (let i = 0; i < 2 + localities.length; i++) sweep.hire(team, opened, 'social_worker');
    }
  }
}

/** Schedules an allocation for each need open in the years of history, in start order. */
function scheduleNeeds(ctx: SimContext, sweep: CaseSweep, kids: Kid[], from: number): void {
  const { random } = ctx;
  const needs = kids.flatMap((kid) => kid.needs).filter((need) => need.end >= from && need.start <= ctx.end);
  needs.sort((a, b) => a.start - b.start);
  for (const need of needs) {
    const start = Math.max(need.start, from);
    // Now and then a case waits for a worker; never a child coming into care (the 903 wants a social
    // worker episode from the start of care, rule SW12).
    const delay = need.kind === 'social_worker' && need.visits !== 'cla' && random.chance(0.05) ? random.int(1, 8) : 0;
    sweep.at(start + delay, () => sweep.open(need, start + delay));
  }
}

/**
 * Each child's social worker allocations as one chain of episodes (social-worker-episodes.ts): nested
 * ones dropped, short waits covered by a colleague in post.
 */
function tidyAllocations(ctx: SimContext, sweep: CaseSweep): Workforce {
  const { allocations, byChild } = sweep;
  const covers: Allocation[] = [];
  /** A social worker of either allocation's team in post for the whole wait between them, as a new allocation. */
  function coverGap(before: Allocation, after: Allocation): Allocation | undefined {
    const from = before.end + 1;
    const to = after.start - 1;
    const candidates = [...before.worker.team.workers, ...after.worker.team.workers];
    const worker = candidates.find((w) => w.role === 'social_worker' && w.start <= from && w.end >= to);
    if (!worker) return undefined;
    const cover = sweep.newAllocation(after.need, worker, from, to);
    covers.push(cover);
    return cover;
  }
  const dropped = new Set<Allocation>();
  for (const list of byChild.values()) {
    list.sort((a, b) => a.start - b.start);
    for (const allocation of tidySocialWorkers(list, coverGap)) dropped.add(allocation);
  }
  for (const cover of covers) {
    const list = byChild.get(cover.need.child)!;
    list.push(cover);
    list.sort((a, b) => a.start - b.start);
  }
  const kept = dropped.size === 0 ? allocations : allocations.filter((a) => !dropped.has(a));
  if (dropped.size > 0)
    for (const [kid, list] of byChild)
      byChild.set(
        kid,
        list.filter((a) => !dropped.has(a)),
      );
  return { teams: sweep.teams, workers: sweep.workers, allocations: kept, byChild };
}

/** Team, establishment, worker and allocation rows. */
export function workforceRows(
  ctx: SimContext,
  workforce: Workforce,
  from: number,
): { team: Row[]; team_establishment: Row[]; worker: Row[]; allocation: Row[] } {
  const used = new Set<Worker>(workforce.allocations.map((a) => a.worker));
  const workers = workforce.workers.filter(
    (w) => w.start <= ctx.end && (used.has(w) || w.end >= from || w.role === 'team_manager'),
  );
  const team = workforce.teams.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    locality: t.locality,
    opened: iso(Math.min(...t.workers.map((w) => w.start))),
    closed: null,
  }));
  const team_establishment: Row[] = [];
  for (const t of workforce.teams) {
    for (let day = from; day <= ctx.end; day += 365) {
      const fte = t.workers.filter((w) => w.start <= day && w.end >= day).reduce((sum, w) => sum + w.fte, 0);
      team_establishment.push({
        team_id: t.id,
        from_date: iso(day),
        funded_fte: Math.round((fte * (1 + ctx.random.next() * 0.15) + 0.5) * 100) / 100,
      });
    }
  }
  const worker = workers.map((w) => ({
    id: w.id,
    name: `${ctx.faker.person.firstName()} ${ctx.faker.person.lastName()}`,
    role: w.role,
    team_id: w.team.id,
    fte: w.fte,
    qualified: w.qualified,
    asye:
      w.qualified &&
      !w.agency &&
      w.role === 'social_worker' &&
      w.start > ctx.end - 365 &&
      w.start <= ctx.end &&
      w.start % 5 === 0,
    agency: w.agency,
    start_date: iso(w.start),
    end_date: until(w.end, ctx.end),
  }));
  const allocation = workforce.allocations.map((a) => ({
    id: a.id,
    child_id: a.need.child.id,
    worker_id: a.worker.id,
    team_id: a.worker.team.id,
    kind: a.need.kind,
    start_date: iso(a.start),
    end_date: a.end === OPEN || a.end > ctx.end ? null : iso(a.end),
    change_reason: a.end === OPEN || a.end > ctx.end ? null : a.reason,
  }));
  return { team, team_establishment, worker, allocation };
}
