/**
 * Web pages under load (issue 13): the built server as a user runs it (`node bin/kestrel.js serve`) on a
 * 65,000-child council (ten years, seed `bench`, made by `kestrel synth` and kept, as bench/indicators.ts
 * keeps its councils), on the embedded store and, when TEST_DATABASE_URL or DATABASE_URL is set, on that
 * PostgreSQL server. Fifty people sign in through the sign-in form (accounts made with `kestrel users
 * add`: social workers with the largest caseloads, the managers of the busiest teams, a head of service;
 * bench/web-users.ts), then autocannon drives them at once for 60 seconds, each over the dashboard `/`,
 * an indicator page, a child of their own scope and their caseload (a manager's: their team's page), in
 * turn, each person on their own connection with their own session cookie, at most `rate` pages a second
 * each (0: the next as soon as the last answered). Reported per page and whole: p50, p95, p99, requests
 * per second, errors and non-2xx answers; the server's peak resident memory (VmHWM: the process and its
 * store worker thread); the load average at the start and the end. Target: p95 under 300 ms and no errors
 * on PostgreSQL; PGlite reports the same figures.
 *
 * The pages are judged at the server's date (today), so the council is made with history up to today, as
 * `kestrel demo` makes its own. The default framework is imported (`kestrel framework import --default`)
 * when the store has none. Before the run one person of each role opens each of their pages once, to
 * check every page answers 200 (the server has served those pages once when the run starts).
 * KESTREL_BENCH_POPULATIONS (default 65000), KESTREL_BENCH_BACKENDS and KESTREL_BENCH_REUSE as for the
 * indicators suite; KESTREL_BENCH_WEB_USERS (50), KESTREL_BENCH_WEB_SECONDS (60), KESTREL_BENCH_WEB_RATE
 * (pages a second per person, default 1; 0 for as fast as the server answers).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { migrate } from '../src/store/migrate.ts';
import { pgliteCouncil, serverCouncil, type CouncilStore } from './indicators.ts';
import { addUsersWithCli, chooseUsers, missingUsers, type BenchUser } from './web-users.ts';

const KESTREL = fileURLToPath(new URL('../bin/kestrel.js', import.meta.url));
const PAGES = ['dashboard', 'indicator', 'child', 'caseload'] as const;
type Page = (typeof PAGES)[number];
/** The indicator page opened: the 45-working-day assessments of the default framework (its trend, teams, children). */
const INDICATOR = 'assessment-timeliness-45wd';

interface SignedIn extends BenchUser {
  session: string;
}

interface Figures {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
}

function kestrel(args: string[]): void {
  const run = spawnSync(process.execPath, [KESTREL, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`kestrel ${args.join(' ')} failed: ${run.stderr.trim().split('\n').at(-1)}`);
}

function load(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(latencies: number[], non2xx: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    non2xx,
  };
}

/** Starts `kestrel serve` on a free port; resolves with its address once it says it is serving. */
function startServer(flags: string[], log: (line: string) => void): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [KESTREL, 'serve', '--port', '0', ...flags], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    server.stderr!.setEncoding('utf8');
    server.stderr!.on('data', (chunk: string) => {
      said += chunk;
      const match = / at (http:\/\/\S+)\n/.exec(said);
      if (match) resolve({ server, url: match[1]! });
      if (said.length > 4096) said = said.slice(-2048);
      for (const line of chunk.split('\n'))
        if (line && !line.startsWith('Kestrel is') && !line.startsWith('Sign in')) log(`server: ${line}`);
    });
    server.once('exit', (code) => reject(new Error(`kestrel serve exited (${code}) before serving: ${said.trim()}`)));
  });
}

/** The server's peak resident memory in MB (Linux /proc: VmHWM), or null elsewhere. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    server.once('exit', () => done());
    server.kill('SIGTERM');
  });
}

/** Signs in through the form as a browser does: the form's CSRF token and cookie, then the session cookie. */
async function signIn(base: string, user: BenchUser): Promise<SignedIn> {
  const form = await fetch(`${base}/sign-in`);
  const csrfCookie = /kestrel-csrf=([^;]+)/.exec(form.headers.getSetCookie().join('\n'))?.[1];
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrfCookie || !token) throw new Error('the sign-in form carried no CSRF token');
  const answer = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `kestrel-csrf=${csrfCookie}` },
    body: new URLSearchParams({ _csrf: token, username: user.username, password: user.password, next: '/' }),
  });
  await answer.arrayBuffer();
  const session = /kestrel-session=([^;]+)/.exec(answer.headers.getSetCookie().join('\n'))?.[1];
  if (answer.status !== 303 || !session) throw new Error(`signing in ${user.username} answered ${answer.status}`);
  return { ...user, session };
}

function pathOf(page: Page, user: SignedIn, turn: number, indicator: string): string {
  if (page === 'dashboard') return '/';
  if (page === 'indicator') return `/indicators/${indicator}`;
  if (page === 'caseload') return user.caseload;
  return `/children/${encodeURIComponent(user.children[turn % user.children.length]!)}`;
}

/** One person of each role opens each of their pages once; any answer but 200 stops the benchmark. */
async function checkPages(base: string, users: SignedIn[], indicator: string): Promise<void> {
  const roles = new Set<string>();
  for (const user of users) {
    if (roles.has(user.role)) continue;
    roles.add(user.role);
    for (const page of PAGES) {
      const path = pathOf(page, user, 0, indicator);
      const answer = await fetch(`${base}${path}`, { headers: { cookie: `kestrel-session=${user.session}` } });
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`${user.username} GET ${path} answered ${answer.status}`);
    }
  }
}

interface RunOptions {
  users: SignedIn[];
  seconds: number;
  rate: number;
  indicator: string;
}

/** Drives every person at once; latencies per page from autocannon's own response timing. */
async function drive(base: string, options: RunOptions) {
  const latencies = Object.fromEntries(PAGES.map((p) => [p, [] as number[]])) as Record<Page, number[]>;
  const non2xx = Object.fromEntries(PAGES.map((p) => [p, 0])) as Record<Page, number>;
  /** Answers other than 2xx by page and status (a 503 is the store's queue full, a 504 its time limit). */
  const statuses = Object.fromEntries(PAGES.map((p) => [p, {}])) as Record<Page, Record<string, number>>;
  // autocannon calls the answered request's onResponse, then emits `response` with its time, in the
  // same turn (lib/httpClient.js): the page is noted here for the `response` listener to claim.
  let answered: Page | undefined;
  /** One person's round of pages: their session cookie, and their children's pages in turn. */
  const roundOf = (user: SignedIn) => {
    let turn = 0;
    return PAGES.map((page) => ({
      method: 'GET' as const,
      path: pathOf(page, user, 0, options.indicator),
      headers: { cookie: `kestrel-session=${user.session}` },
      ...(page === 'child'
        ? {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              path: pathOf(page, user, turn++, options.indicator),
            }),
          }
        : {}),
      onResponse: (status: number) => {
        answered = page;
        if (status >= 200 && status <= 299) return;
        non2xx[page] += 1;
        statuses[page][status] = (statuses[page][status] ?? 0) + 1;
      },
    }));
  };
  let connections = 0;
  const settings: autocannon.Options = {
    url: base,
    connections: options.users.length,
    duration: options.seconds,
    timeout: 30,
    ...(options.rate > 0 ? { connectionRate: options.rate } : {}),
    requests: roundOf(options.users[0]!) as autocannon.Request[],
    // Each connection is one person: their own round of requests (autocannon's Client.setRequests).
    setupClient: (client: autocannon.Client) =>
      client.setRequests(roundOf(options.users[connections++ % options.users.length]!) as autocannon.Request[]),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (answered) latencies[answered].push(responseTime);
      answered = undefined;
    });
  });
  const all = PAGES.flatMap((page) => latencies[page]);
  return {
    whole: {
      ...figures(
        all,
        PAGES.reduce((n, page) => n + non2xx[page], 0),
      ),
      requestsPerSecond: Math.round((result.requests.total / options.seconds) * 10) / 10,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xxByAutocannon: result.non2xx,
    },
    pages: Object.fromEntries(
      PAGES.map((page) => [
        page,
        {
          ...figures(latencies[page], non2xx[page]),
          non2xxByStatus: statuses[page],
          requestsPerSecond: Math.round((latencies[page].length / options.seconds) * 10) / 10,
        },
      ]),
    ),
  };
}

async function benchOne(council: CouncilStore, population: number, log: (line: string) => void) {
  const today = new Date().toISOString().slice(0, 10);
  const userCount = Number(process.env.KESTREL_BENCH_WEB_USERS ?? 50);
  const store = await council.open();
  let users: BenchUser[];
  let missing: string[];
  const indicator = process.env.KESTREL_BENCH_WEB_INDICATOR ?? INDICATOR;
  let needsFramework: boolean;
  try {
    await migrate(store);
    const laCode = (await store.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code LIMIT 1'))[0]!
      .la_code;
    users = await chooseUsers(store, laCode, today, userCount);
    missing = await missingUsers(store, users);
    const [framework] = await store.query('SELECT 1 FROM framework_version WHERE la_code = $1 LIMIT 1', [laCode]);
    needsFramework = !framework;
  } finally {
    await store.close();
  }
  if (needsFramework) kestrel(['framework', 'import', '--default', ...council.flags]);
  log(`${council.backend}: adding ${missing.length} of ${users.length} accounts with kestrel users add ...`);
  addUsersWithCli(users, missing, council.flags);
  const { server, url } = await startServer(council.flags, log);
  try {
    const signedIn: SignedIn[] = [];
    for (const user of users) signedIn.push(await signIn(url, user));
    await checkPages(url, signedIn, indicator);
    const seconds = Number(process.env.KESTREL_BENCH_WEB_SECONDS ?? 60);
    const rate = Number(process.env.KESTREL_BENCH_WEB_RATE ?? 1);
    const loadAtStart = load();
    log(`${council.backend}: ${signedIn.length} people for ${seconds} s (load average ${loadAtStart.join(' ')}) ...`);
    const measured = await drive(url, { users: signedIn, seconds, rate, indicator });
    return {
      backend: council.backend,
      population,
      at: today,
      people: {
        total: signedIn.length,
        socialWorkers: signedIn.filter((u) => u.role === 'social_worker').length,
        teamManagers: signedIn.filter((u) => u.role === 'team_manager').length,
        headsOfService: signedIn.filter((u) => u.role === 'head_of_service').length,
      },
      seconds,
      pagesPerSecondPerPerson: rate,
      indicator,
      loadAverage: { start: loadAtStart, end: load() },
      ...measured,
      serverPeakRssMb: peakRssMb(server.pid),
      target: { p95Ms: 300, errors: 0 },
    };
  } finally {
    // Requests still in flight when the run ends fail as the server closes its store: not worth a line.
    server.stderr?.removeAllListeners('data');
    server.stderr?.resume();
    await stopServer(server);
  }
}

export async function benchWebLoad(log: (line: string) => void = (line) => console.error(line)): Promise<object> {
  const populations = (process.env.KESTREL_BENCH_POPULATIONS ?? '65000').split(',').map(Number);
  const backends = (process.env.KESTREL_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  // bin/kestrel.js runs dist/: build it so the server measured is the code in this tree.
  spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--incremental'], {
    stdio: 'inherit',
  });
  const today = new Date().toISOString().slice(0, 10);
  const results: object[] = [];
  for (const population of populations) {
    if (url && backends.includes('postgres'))
      results.push(await benchOne(await serverCouncil(url, population, log, today), population, log));
    if (backends.includes('pglite'))
      results.push(await benchOne(pgliteCouncil(population, log, today), population, log));
  }
  return results;
}
