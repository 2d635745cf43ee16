/**
 * The signed-in people of the web load benchmark (bench/web-load.ts): social workers with the largest
 * caseloads today, the managers of the busiest teams and a head of service over the three busiest teams,
 * each with the pages they would open (a child of their own scope, their caseload or team page). The
 * accounts are made with the shipped command (`kestrel users add ... --password-stdin`) and kept with
 * the council, so a second run signs the same people in.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/store/db.ts';

const KESTREL = fileURLToPath(new URL('../bin/kestrel.js', import.meta.url));
/** The benchmark's own service, holding the busiest teams, for its head of service. */
const SERVICE = 'bench-web';

export interface BenchUser {
  username: string;
  password: string;
  role: 'social_worker' | 'team_manager' | 'head_of_service';
  /** The `kestrel users add` placement flag and value. */
  placement: ['--worker' | '--team' | '--service', string];
  /** Children in the user's scope today, whose pages the user opens in turn. */
  children: string[];
  /** The caseload page: `/caseload` for a social worker, the team's page for a manager. */
  caseload: string;
}

/** A password no breach list holds and the same on every run (the accounts are kept with the council). */
function passwordOf(username: string): string {
  return `kestrel-bench-web-${username}-2f7c9`;
}

/**
 * The people to sign in today: `total` of them, about one in six a team manager, one head of service,
 * the rest social workers. Makes the benchmark's service (the three busiest teams) when it is missing.
 */
export async function chooseUsers(store: Store, laCode: string, today: string, total: number): Promise<BenchUser[]> {
  const current = `la_code = $1 AND start_date <= $2::date AND (end_date IS NULL OR end_date >= $2::date)`;
  const managers = Math.max(1, Math.round(total / 6));
  const workers = Math.max(1, total - managers - 1);
  const busyWorkers = await store.query<{ worker_id: string }>(
    `SELECT worker_id FROM allocation WHERE ${current} AND kind = 'social_worker'
      GROUP BY worker_id ORDER BY count(*) DESC, worker_id LIMIT $3`,
    [laCode, today, workers],
  );
  const busyTeams = await store.query<{ team_id: string }>(
    `SELECT team_id FROM allocation WHERE ${current} GROUP BY team_id ORDER BY count(*) DESC, team_id LIMIT $3`,
    [laCode, today, Math.max(3, managers)],
  );
  if (busyWorkers.length === 0 || busyTeams.length === 0)
    throw new Error(`council ${laCode} has no case allocated on ${today}`);
  await store.query(
    `INSERT INTO service (la_code, id, name) VALUES ($1, $2, 'Benchmark service') ON CONFLICT DO NOTHING`,
    [laCode, SERVICE],
  );
  for (const { team_id } of busyTeams.slice(0, 3))
    await store.query(
      'INSERT INTO service_team (la_code, service_id, team_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [laCode, SERVICE, team_id],
    );
  const childrenOf = async (column: 'worker_id' | 'team_id', ids: string[]) =>
    (
      await store.query<{ child_id: string }>(
        `SELECT DISTINCT child_id FROM allocation WHERE ${current} AND ${column} = ANY($3::text[]) ORDER BY child_id LIMIT 5`,
        [laCode, today, ids],
      )
    ).map((row) => row.child_id);
  const users: BenchUser[] = [];
  for (const { worker_id } of busyWorkers)
    users.push({
      ...account(`bench-web-sw-${worker_id}`, 'social_worker', ['--worker', worker_id]),
      children: await childrenOf('worker_id', [worker_id]),
      caseload: '/caseload',
    });
  for (const { team_id } of busyTeams.slice(0, managers))
    users.push({
      ...account(`bench-web-tm-${team_id}`, 'team_manager', ['--team', team_id]),
      children: await childrenOf('team_id', [team_id]),
      caseload: `/teams/${encodeURIComponent(team_id)}`,
    });
  const serviceTeams = busyTeams.slice(0, 3).map((t) => t.team_id);
  users.push({
    ...account('bench-web-hos', 'head_of_service', ['--service', SERVICE]),
    children: await childrenOf('team_id', serviceTeams),
    caseload: `/teams/${encodeURIComponent(serviceTeams[0]!)}`,
  });
  return users;
}

function account(
  username: string,
  role: BenchUser['role'],
  placement: BenchUser['placement'],
): Pick<BenchUser, 'username' | 'password' | 'role' | 'placement'> {
  // Usernames are kept in lower case (access/users.ts), so the store is asked for them so.
  const name = username.toLowerCase();
  return { username: name, password: passwordOf(name), role, placement };
}

/** The usernames of `users` the store has no account for yet. */
export async function missingUsers(store: Store, users: BenchUser[]): Promise<string[]> {
  const existing = new Set(
    (
      await store.query<{ username: string }>('SELECT username FROM app_user WHERE username = ANY($1::text[])', [
        users.map((u) => u.username),
      ])
    ).map((row) => row.username),
  );
  return users.filter((user) => !existing.has(user.username)).map((user) => user.username);
}

/** Runs `kestrel users add` for each named account (the store must be closed: PGlite has one writer). */
export function addUsersWithCli(users: BenchUser[], names: string[], flags: string[]): void {
  for (const user of users.filter((u) => names.includes(u.username))) {
    const args = [
      KESTREL,
      'users',
      'add',
      user.username,
      '--name',
      `Benchmark ${user.role.replace(/_/g, ' ')} ${user.placement[1]}`,
      '--role',
      user.role,
      ...user.placement,
      '--password-stdin',
      ...flags,
    ];
    const run = spawnSync(process.execPath, args, { input: `${user.password}\n`, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`kestrel users add ${user.username} failed: ${run.stderr.trim()}`);
  }
}
