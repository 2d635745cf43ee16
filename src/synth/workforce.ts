/**
 * Teams, workers and who holds each case. A day-by-day sweep over the years of history allocates every
 * span of need to the least-loaded worker in a team of the right kind, hires when caseloads rise above
 * the council's published caseload per FTE, hands cases over when workers leave (903 SW_REASON LEFTRL),
 * and now and then leaves a case unallocated for a few days.
 */
import { iso, OPEN, type AllocationNeed, type CaseTeam, type Kid, type Row } from './model.ts';
import type { SimContext } from './context.ts';
import { until } from './dates.ts';
import { tidySocialWorkers } from './social-worker-episodes.ts';

interface Team {
  id: string;
  kind: CaseTeam | 'front_door';
  name: string;
  locality: string;
  workers: Worker[];
}

export interface Worker {
  id: string;
  team: Team;
  role: string;
  fte: number;
  qualified: boolean;
  agency: boolean;
  start: number;
  end: number;
  load: number;
  open: Set<Allocation>;
}

export interface Allocation {
  id: string;
  need: AllocationNeed;
  worker: Worker;
  start: number;
  end: number;
  reason: string | null;
}

const ROLE: Record<CaseTeam, string> = {
  assessment: 'social_worker', fieldwork: 'social_worker', disabled_children: 'social_worker', permanence: 'social_worker',
  leaving_care: 'personal_adviser', iro: 'iro', early_help: 'family_worker', youth_justice: 'yj_officer',
};
const TEAM_NAMES: Record<CaseTeam | 'front_door', string> = {
  front_door: 'Front Door (MASH)', assessment: 'Assessment', fieldwork: 'Safeguarding and Family Support', disabled_children: 'Children with Disabilities',
  permanence: 'Children in Care', leaving_care: 'Leaving Care', iro: 'Independent Reviewing', early_help: 'Early Help', youth_justice: 'Youth Justice',
};
const LOCALITIES = ['North', 'South', 'East', 'West', 'Central'];

export interface Workforce {
  teams: Team[];
  workers: Worker[];
  allocations: Allocation[];
  /** Allocations per child, in date order, for visits and the care leaver's personal adviser. */
  byChild: Map<Kid, Allocation[]>;
}

function targetLoad(ctx: SimContext, kind: CaseTeam): number {
  switch (kind) {
    case 'leaving_care':
      return 21;
    case 'iro':
      return 68;
    case 'early_help':
      return 14;
    case 'youth_justice':
      return 11;
    default:
      return ctx.params.caseloadPerFte;
  }
}

/** Allocates every need of the kept children between `from` and the reference date. */
export function runWorkforce(ctx: SimContext, kids: Kid[], from: number): Workforce {
  const { random } = ctx;
  const localities = LOCALITIES.slice(0, Math.max(1, Math.min(5, Math.round(ctx.params.population / 30000))));
  const teams: Team[] = [];
  const workers: Worker[] = [];
  const allocations: Allocation[] = [];
  const byChild = new Map<Kid, Allocation[]>();
  const kinds: (CaseTeam | 'front_door')[] = ['front_door', 'assessment', 'fieldwork', 'disabled_children', 'permanence', 'leaving_care', 'iro', 'early_help', 'youth_justice'];
  const opened = from - random.int(400, 2000);
  for (const kind of kinds) {
    const perLocality = kind === 'fieldwork' || kind === 'assessment' || kind === 'early_help';
    for (const locality of perLocality ? localities : [localities[0]!]) {
      const team: Team = { id: `T${teams.length + 1}`, kind, name: `${TEAM_NAMES[kind]}${perLocality && localities.length > 1 ? ` ${locality}` : ''}`, locality, workers: [] };
      teams.push(team);
      hire(team, opened, 'team_manager');
      if (kind === 'front_door') for (let i = 0; i < 2 + localities.length; i++) hire(team, opened, 'social_worker');
    }
  }

  function hire(team: Team, day: number, role?: string): Worker {
    const agency = role !== 'team_manager' && random.chance(0.15);
    const r = role ?? (team.kind === 'front_door' ? 'social_worker' : ROLE[team.kind as CaseTeam]);
    const caseRole = r === 'social_worker' && random.chance(0.22) ? 'senior_practitioner' : r;
    const tenure = agency ? random.exponential(300) + 30 : random.exponential(365 * 6) + 60;
    const worker: Worker = {
      // Social workers are known by their Social Work England number (SW and digits: 903 rule SW02STG1).
      id: `${['social_worker', 'senior_practitioner', 'team_manager'].includes(caseRole) ? 'SW' : 'W'}${ctx.laCode}${String(workers.length + 1).padStart(5, '0')}`,
      team, role: caseRole, fte: random.chance(0.8) ? 1 : random.pick([0.5, 0.6, 0.8, 0.9]),
      qualified: ['social_worker', 'senior_practitioner', 'team_manager', 'iro'].includes(caseRole), agency,
      start: day, end: Math.round(day + tenure), load: 0, open: new Set(),
    };
    workers.push(worker);
    team.workers.push(worker);
    return worker;
  }

  const events = new Map<number, (() => void)[]>();
  const at = (day: number, fn: () => void) => {
    const list = events.get(day);
    if (list) list.push(fn);
    else events.set(day, [fn]);
  };
  const teamsOf = (kind: CaseTeam) => teams.filter((t) => t.kind === kind);

  function chooseWorker(kind: CaseTeam, day: number, avoid?: Worker): Worker {
    let best: Worker | undefined;
    let bestScore = Infinity;
    for (const team of teamsOf(kind)) {
      for (const w of team.workers) {
        if (w.role === 'team_manager' || w.start > day || w.end < day + 1 || w === avoid) continue;
        const score = w.load / w.fte + random.next() * 0.5;
        if (score < bestScore) {
          bestScore = score;
          best = w;
        }
      }
    }
    return best ?? hire(random.pick(teamsOf(kind)), day);
  }

  function open(need: AllocationNeed, day: number, avoid?: Worker): void {
    if (day > need.end || day > ctx.end) return;
    const worker = chooseWorker(need.team, day, avoid);
    const allocation: Allocation = { id: `${ctx.laCode}AL${allocations.length + 1}`, need, worker, start: day, end: OPEN, reason: null };
    allocations.push(allocation);
    const list = byChild.get(need.child);
    if (list) list.push(allocation);
    else byChild.set(need.child, [allocation]);
    worker.open.add(allocation);
    worker.load += 1;
    const closeDay = Math.min(need.end, worker.end);
    // A case is reassigned after 3 days at the earliest: a shorter spell is not a social worker episode (SW09).
    const reassign = day + 3 + Math.round(random.exponential(365 / 0.35));
    if (reassign < closeDay) {
      at(reassign, () => handOver(allocation, reassign, random.weighted([['MANAGE', 40], ['ABSENC', 15], ['ORGRST', 10], ['CHCHAN', 15], ['OTHERS', 20]])));
    } else if (need.end <= worker.end) {
      at(need.end, () => close(allocation, need.end, null));
    }
    // A worker's departure is handled by the worker's own event.
  }

  function close(allocation: Allocation, day: number, reason: string | null): void {
    if (allocation.end !== OPEN) return;
    allocation.end = day;
    allocation.reason = reason;
    allocation.worker.open.delete(allocation);
    allocation.worker.load -= 1;
  }

  function handOver(allocation: Allocation, day: number, reason: string): void {
    if (allocation.end !== OPEN) return;
    close(allocation, day, reason);
    // Now and then a few days unallocated; within 5 days, as the 903 expects of a looked-after child (SW11a).
    const gap = random.chance(0.08) ? random.int(2, 5) : 1;
    const next = day + gap;
    // A case with under 3 days left closes with the worker's going: a shorter spell is no episode (SW09).
    if (next + 3 <= allocation.need.end) at(next, () => open(allocation.need, next, allocation.worker));
  }

  const needs = kids.flatMap((kid) => kid.needs).filter((need) => need.end >= from && need.start <= ctx.end);
  needs.sort((a, b) => a.start - b.start);
  for (const need of needs) {
    const start = Math.max(need.start, from);
    // Now and then a case waits for a worker; never a child coming into care (the 903 wants a social
    // worker episode from the start of care, rule SW12).
    const delay = need.kind === 'social_worker' && need.visits !== 'cla' && random.chance(0.05) ? random.int(1, 8) : 0;
    at(start + delay, () => open(need, start + delay));
  }
  for (let day = from; day <= ctx.end; day++) {
    for (const w of workers) if (w.end === day - 1) for (const a of [...w.open]) handOver(a, w.end, 'LEFTRL');
    // Events may schedule more events for the same day: run until none is left.
    for (let list = events.get(day); list; list = events.get(day)) {
      events.delete(day);
      for (let i = 0; i < list.length; i++) list[i]!();
    }
    if ((day - from) % 14 === 0) staffUp(day);
  }

  function staffUp(day: number): void {
    for (const kind of ['assessment', 'fieldwork', 'disabled_children', 'permanence', 'leaving_care', 'iro', 'early_help', 'youth_justice'] as CaseTeam[]) {
      let load = 0;
      let fte = 0;
      for (const team of teamsOf(kind)) {
        for (const w of team.workers) {
          if (w.role === 'team_manager' || w.start > day || w.end < day) continue;
          load += w.load;
          fte += w.fte;
        }
      }
      const target = targetLoad(ctx, kind);
      while (load > target * fte * 1.08 || fte === 0) {
        const team = teamsOf(kind).sort((a, b) => a.workers.length - b.workers.length)[0]!;
        const worker = hire(team, day);
        fte += worker.fte;
        // A new worker takes cases from the most loaded colleagues.
        rebalance(kind, worker, day);
      }
    }
  }

  function rebalance(kind: CaseTeam, worker: Worker, day: number): void {
    const target = Math.floor(targetLoad(ctx, kind) * worker.fte * 0.7);
    const busiest = teamsOf(kind).flatMap((t) => t.workers).filter((w) => w !== worker && w.open.size > 0).sort((a, b) => b.load / b.fte - a.load / a.fte);
    for (const from of busiest) {
      if (worker.load >= target) break;
      const allocation = [...from.open][0];
      // A case held under 3 days stays put: moving it would leave an episode too short to return (SW09).
      if (!allocation || allocation.start >= day - 3) continue;
      close(allocation, day - 1, 'ORGRST');
      if (day <= allocation.need.end) {
        const moved: Allocation = { id: `${ctx.laCode}AL${allocations.length + 1}`, need: allocation.need, worker, start: day, end: OPEN, reason: null };
        allocations.push(moved);
        byChild.get(allocation.need.child)!.push(moved);
        worker.open.add(moved);
        worker.load += 1;
        if (allocation.need.end <= worker.end) at(allocation.need.end, () => close(moved, allocation.need.end, null));
      }
    }
  }
  /** A social worker of either allocation's team in post for the whole wait between them, as a new allocation. */
  function coverGap(before: Allocation, after: Allocation): Allocation | undefined {
    const from = before.end + 1;
    const to = after.start - 1;
    const candidates = [...before.worker.team.workers, ...after.worker.team.workers];
    const worker = candidates.find((w) => w.role === 'social_worker' && w.start <= from && w.end >= to);
    if (!worker) return undefined;
    const cover: Allocation = { id: `${ctx.laCode}AL${allocations.length + 1}`, need: after.need, worker, start: from, end: to, reason: null };
    allocations.push(cover);
    covers.push(cover);
    return cover;
  }
  const covers: Allocation[] = [];
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
  if (dropped.size > 0) for (const [kid, list] of byChild) byChild.set(kid, list.filter((a) => !dropped.has(a)));
  return { teams, workers, allocations: kept, byChild };
}

/** Team, establishment, worker and allocation rows. */
export function workforceRows(ctx: SimContext, workforce: Workforce, from: number): { team: Row[]; team_establishment: Row[]; worker: Row[]; allocation: Row[] } {
  const used = new Set<Worker>(workforce.allocations.map((a) => a.worker));
  const workers = workforce.workers.filter((w) => w.start <= ctx.end && (used.has(w) || w.end >= from || w.role === 'team_manager'));
  const team = workforce.teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind, locality: t.locality, opened: iso(Math.min(...t.workers.map((w) => w.start))), closed: null }));
  const team_establishment: Row[] = [];
  for (const t of workforce.teams) {
    for (let day = from; day <= ctx.end; day += 365) {
      const fte = t.workers.filter((w) => w.start <= day && w.end >= day).reduce((sum, w) => sum + w.fte, 0);
      team_establishment.push({ team_id: t.id, from_date: iso(day), funded_fte: Math.round((fte * (1 + ctx.random.next() * 0.15) + 0.5) * 100) / 100 });
    }
  }
  const worker = workers.map((w) => ({
    id: w.id, name: `${ctx.faker.person.firstName()} ${ctx.faker.person.lastName()}`, role: w.role, team_id: w.team.id, fte: w.fte, qualified: w.qualified,
    asye: w.qualified && !w.agency && w.role === 'social_worker' && w.start > ctx.end - 365 && w.start <= ctx.end && (w.start % 5 === 0), agency: w.agency,
    start_date: iso(w.start), end_date: until(w.end, ctx.end),
  }));
  const allocation = workforce.allocations.map((a) => ({
    id: a.id, child_id: a.need.child.id, worker_id: a.worker.id, team_id: a.worker.team.id, kind: a.need.kind, start_date: iso(a.start),
    end_date: a.end === OPEN || a.end > ctx.end ? null : iso(a.end), change_reason: a.end === OPEN || a.end > ctx.end ? null : a.reason,
  }));
  return { team, team_establishment, worker, allocation };
}
