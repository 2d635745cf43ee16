/**
 * The day-by-day state of the workforce sweep (workforce.ts): who is in post, who holds which case, and
 * the events waiting for each day. Cases go to the least-loaded worker of a team of the right kind;
 * new workers are hired when caseloads rise above the council's published caseload per FTE and take
 * cases from the busiest colleagues; a leaving worker's cases are handed over (903 SW_REASON LEFTRL).
 */
import { OPEN, type AllocationNeed, type CaseTeam, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import type { Allocation, Team, Worker } from './workforce-model.ts';

const ROLE: Record<CaseTeam, string> = {
  assessment: 'social_worker',
  fieldwork: 'social_worker',
  disabled_children: 'social_worker',
  permanence: 'social_worker',
  leaving_care: 'personal_adviser',
  iro: 'iro',
  early_help: 'family_worker',
  youth_justice: 'yj_officer',
};

const CASE_TEAMS: readonly CaseTeam[] = [
  'assessment',
  'fieldwork',
  'disabled_children',
  'permanence',
  'leaving_care',
  'iro',
  'early_help',
  'youth_justice',
];

/** Cases per FTE the council staffs each kind of team for. */
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

export class CaseSweep {
  readonly teams: Team[] = [];
  readonly workers: Worker[] = [];
  readonly allocations: Allocation[] = [];
  readonly byChild = new Map<Kid, Allocation[]>();
  private readonly events = new Map<number, (() => void)[]>();

  constructor(private readonly ctx: SimContext) {}

  hire(team: Team, day: number, role?: string): Worker {
    const { ctx } = this;
    const { random } = ctx;
    const agency = role !== 'team_manager' && random.chance(0.15);
    const r = role ?? (team.kind === 'front_door' ? 'social_worker' : ROLE[team.kind as CaseTeam]);
    const caseRole = r === 'social_worker' && random.chance(0.22) ? 'senior_practitioner' : r;
    const tenure = agency ? random.exponential(300) + 30 : random.exponential(365 * 6) + 60;
    const worker: Worker = {
      // Social workers are known by their Social Work England number (SW and digits: 903 rule SW02STG1).
      id: `${['social_worker', 'senior_practitioner', 'team_manager'].includes(caseRole) ? 'SW' : 'W'}${ctx.laCode}${String(this.workers.length + 1).padStart(5, '0')}`,
      team,
      role: caseRole,
      fte: random.chance(0.8) ? 1 : random.pick([0.5, 0.6, 0.8, 0.9]),
      qualified: ['social_worker', 'senior_practitioner', 'team_manager', 'iro'].includes(caseRole),
      agency,
      start: day,
      end: Math.round(day + tenure),
      load: 0,
      open: new Set(),
    };
    this.workers.push(worker);
    team.workers.push(worker);
    return worker;
  }

  /** Runs `fn` on `day` (in the order scheduled). */
  at(day: number, fn: () => void): void {
    const list = this.events.get(day);
    if (list) list.push(fn);
    else this.events.set(day, [fn]);
  }

  /** Sweeps the days from `from` to the reference date: departures, the day's events, and staffing every fortnight. */
  run(from: number): void {
    for (let day = from; day <= this.ctx.end; day++) {
      for (const w of this.workers)
        if (w.end === day - 1) for (const a of [...w.open]) this.handOver(a, w.end, 'LEFTRL');
      // Events may schedule more events for the same day: run until none is left.
      for (let list = this.events.get(day); list; list = this.events.get(day)) {
        this.events.delete(day);
        for (let i = 0; i < list.length; i++) list[i]!();
      }
      if ((day - from) % 14 === 0) this.staffUp(day);
    }
  }

  /** Allocates `need` from `day` to a worker of its team (not `avoid`), and schedules its reassignment or close. */
  open(need: AllocationNeed, day: number, avoid?: Worker): void {
    const { ctx } = this;
    const { random } = ctx;
    if (day > need.end || day > ctx.end) return;
    const worker = this.chooseWorker(need.team, day, avoid);
    const allocation = this.assign(need, worker, day);
    const closeDay = Math.min(need.end, worker.end);
    // A case is reassigned after 3 days at the earliest: a shorter spell is not a social worker episode (SW09).
    const reassign = day + 3 + Math.round(random.exponential(365 / 0.35));
    if (reassign < closeDay) {
      this.at(reassign, () =>
        this.handOver(
          allocation,
          reassign,
          random.weighted([
            ['MANAGE', 40],
            ['ABSENC', 15],
            ['ORGRST', 10],
            ['CHCHAN', 15],
            ['OTHERS', 20],
          ]),
        ),
      );
    } else if (need.end <= worker.end) {
      this.at(need.end, () => this.close(allocation, need.end, null));
    }
    // A worker's departure is handled by the worker's own event.
  }

  /** A new allocation numbered in order of making, for the covering colleague as for any other. */
  newAllocation(need: AllocationNeed, worker: Worker, start: number, end: number): Allocation {
    const allocation: Allocation = {
      id: `${this.ctx.laCode}AL${this.allocations.length + 1}`,
      need,
      worker,
      start,
      end,
      reason: null,
    };
    this.allocations.push(allocation);
    return allocation;
  }

  private assign(need: AllocationNeed, worker: Worker, day: number): Allocation {
    const allocation = this.newAllocation(need, worker, day, OPEN);
    const list = this.byChild.get(need.child);
    if (list) list.push(allocation);
    else this.byChild.set(need.child, [allocation]);
    worker.open.add(allocation);
    worker.load += 1;
    return allocation;
  }

  private teamsOf(kind: CaseTeam): Team[] {
    return this.teams.filter((t) => t.kind === kind);
  }

  private chooseWorker(kind: CaseTeam, day: number, avoid?: Worker): Worker {
    const { random } = this.ctx;
    let best: Worker | undefined;
    let bestScore = Infinity;
    for (const team of this.teamsOf(kind)) {
      for (const w of team.workers) {
        if (w.role === 'team_manager' || w.start > day || w.end < day + 1 || w === avoid) continue;
        const score = w.load / w.fte + random.next() * 0.5;
        if (score < bestScore) {
          bestScore = score;
          best = w;
        }
      }
    }
    return best ?? this.hire(random.pick(this.teamsOf(kind)), day);
  }

  private close(allocation: Allocation, day: number, reason: string | null): void {
    if (allocation.end !== OPEN) return;
    allocation.end = day;
    allocation.reason = reason;
    allocation.worker.open.delete(allocation);
    allocation.worker.load -= 1;
  }

  private handOver(allocation: Allocation, day: number, reason: string): void {
    const { random } = this.ctx;
    if (allocation.end !== OPEN) return;
    this.close(allocation, day, reason);
    // Now and then a few days unallocated; within 5 days, as the 903 expects of a looked-after child (SW11a).
    const gap = random.chance(0.08) ? random.int(2, 5) : 1;
    const next = day + gap;
    // A case with under 3 days left closes with the worker's going: a shorter spell is no episode (SW09).
    if (next + 3 <= allocation.need.end) this.at(next, () => this.open(allocation.need, next, allocation.worker));
  }

  private staffUp(day: number): void {
    for (const kind of CASE_TEAMS) {
      let load = 0;
      let fte = 0;
      for (const team of this.teamsOf(kind)) {
        for (const w of team.workers) {
          if (w.role === 'team_manager' || w.start > day || w.end < day) continue;
          load += w.load;
          fte += w.fte;
        }
      }
      const target = targetLoad(this.ctx, kind);
      while (load > target * fte * 1.08 || fte === 0) {
        const team = this.teamsOf(kind).sort((a, b) => a.workers.length - b.workers.length)[0]!;
        const worker = this.hire(team, day);
        fte += worker.fte;
        // A new worker takes cases from the most loaded colleagues.
        this.rebalance(kind, worker, day);
      }
    }
  }

  private rebalance(kind: CaseTeam, worker: Worker, day: number): void {
    const target = Math.floor(targetLoad(this.ctx, kind) * worker.fte * 0.7);
    const busiest = this.teamsOf(kind)
      .flatMap((t) => t.workers)
      .filter((w) => w !== worker && w.open.size > 0)
      .sort((a, b) => b.load / b.fte - a.load / a.fte);
    for (const from of busiest) {
      if (worker.load >= target) break;
      const allocation = [...from.open][0];
      // A case held under 3 days stays put: moving it would leave an episode too short to return (SW09).
      if (!allocation || allocation.start >= day - 3) continue;
      this.close(allocation, day - 1, 'ORGRST');
      if (day <= allocation.need.end) {
        const moved = this.assign(allocation.need, worker, day);
        if (allocation.need.end <= worker.end)
          this.at(allocation.need.end, () => this.close(moved, allocation.need.end, null));
      }
    }
  }
}
