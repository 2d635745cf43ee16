/**
 * Access benchmark (issue 11): what the access check costs. The indicator catalogue at team level with
 * its drill-down (`explainIndicators`: the policy decision, the scope worked out by visible_child_ids,
 * the children listed asked of the reader role under row-level security, an audit row per child shown)
 * as that team's manager, against the same call as a performance analyst, whose scope is the whole
 * council. Target: the manager's call within 10% of the analyst's, on a 65,000-child council, on both
 * stores. After one untimed call each, rounds alternate the two actors so that a busy machine slows both alike; medians are reported.
 * KESTREL_BENCH_POPULATIONS (default 65000), KESTREL_BENCH_BACKENDS and KESTREL_BENCH_REUSE as for the
 * indicators suite; KESTREL_BENCH_ROUNDS (default 5).
 */
import type { Store } from '../src/store/db.ts';
import { explainIndicators } from '../src/indicators/drill-down.ts';
import { actorOf, addUser, findUser } from '../src/access/users.ts';
import type { Actor } from '../src/access/policy.ts';
import { pgliteCouncil, serverCouncil } from './indicators.ts';

const AT = '2026-03-31';

export interface AccessCost {
  team: string;
  /** Children the manager may see on the date, and the analyst. */
  managerScope: number;
  analystScope: number;
  managerMs: number;
  analystMs: number;
  /** managerMs / analystMs - 1: the share the narrower scope adds (target under 0.10). */
  overhead: number;
}

/**
 * Times the catalogue at the busiest team's level, with drill-down, as its manager and as an analyst
 * (accounts `bench-tm` and `bench-analyst`, made on first use), `rounds` times each, alternating.
 */
export async function measureAccessCost(store: Store, at = AT, rounds = 5): Promise<AccessCost> {
  const [busiest] = await store.query<{ la_code: string; team_id: string }>(
    `SELECT la_code, team_id FROM allocation WHERE start_date <= $1::date AND (end_date IS NULL OR end_date >= $1::date)
      GROUP BY la_code, team_id ORDER BY count(*) DESC, team_id LIMIT 1`,
    [at],
  );
  if (!busiest) throw new Error(`no child allocated on ${at}`);
  const manager = await benchActor(store, 'bench-tm', busiest.la_code, busiest.team_id);
  const analyst = await benchActor(store, 'bench-analyst', busiest.la_code);
  const request = { at, period: 'month', level: `team:${busiest.team_id}` };
  const times = { manager: [] as number[], analyst: [] as number[] };
  const scopes = { manager: 0, analyst: 0 };
  // One untimed call each first: the first evaluation of the catalogue plans and caches for both.
  for (const actor of [manager, analyst]) await explainIndicators(store, actor, request, { via: 'bench' });
  for (let round = 0; round < rounds; round++) {
    for (const [name, actor] of [
      ['manager', manager],
      ['analyst', analyst],
    ] as const) {
      const started = performance.now();
      const results = await explainIndicators(store, actor, request, { via: 'bench' });
      times[name].push(performance.now() - started);
      scopes[name] = new Set(results.flatMap((r) => (r.rows ?? []).map((row) => row.subjectId))).size;
    }
  }
  const managerMs = median(times.manager);
  const analystMs = median(times.analyst);
  const [visible] = await store.query<{ manager: number; analyst: number }>(
    `SELECT (SELECT count(*) FROM visible_child_ids($1, $2, $4::date, 90, ARRAY['team']))::int AS manager,
            (SELECT count(*) FROM visible_child_ids($1, $3, $4::date, 90, ARRAY['council']))::int AS analyst`,
    [busiest.la_code, manager.userId, analyst.userId, at],
  );
  return {
    team: busiest.team_id,
    managerScope: visible?.manager ?? scopes.manager,
    analystScope: visible?.analyst ?? scopes.analyst,
    managerMs: Math.round(managerMs),
    analystMs: Math.round(analystMs),
    overhead: Math.round((managerMs / analystMs - 1) * 1000) / 1000,
  };
}

async function benchActor(store: Store, username: string, laCode: string, teamId?: string): Promise<Actor> {
  const existing = await findUser(store, username);
  if (existing) return actorOf(existing);
  const role = teamId ? 'team_manager' : 'performance_analyst';
  return actorOf(await addUser(store, { laCode, username, displayName: username, role, teamId }, null, 'bench'));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function benchAccess(log: (line: string) => void = () => undefined): Promise<object> {
  const populations = (process.env.KESTREL_BENCH_POPULATIONS ?? '65000').split(',').map(Number);
  const backends = (process.env.KESTREL_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const rounds = Number(process.env.KESTREL_BENCH_ROUNDS ?? 5);
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const results: object[] = [];
  for (const population of populations) {
    const councils = [
      ...(backends.includes('pglite') ? [pgliteCouncil(population, log)] : []),
      ...(url && backends.includes('postgres') ? [await serverCouncil(url, population, log)] : []),
    ];
    for (const council of councils) {
      const store = await council.open();
      try {
        results.push({ backend: council.backend, population, ...(await measureAccessCost(store, AT, rounds)) });
      } finally {
        await store.close();
      }
    }
  }
  return { at: AT, rounds, results };
}
