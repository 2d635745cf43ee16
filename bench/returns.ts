/**
 * Returns benchmark: validate and import an SSDA903 return of a large council (2,000 children looked
 * after, 10,000 episodes, CSV set) and a CIN census of 50,000 children (XML), generated in a temp
 * directory by a small file generator with valid codes and consistent dates. Each step is timed
 * separately; import is the mapping into an empty embedded store in one transaction (it runs on the
 * validated dataset, as `kestrel import` does after validation). Each case runs in a process
 * of its own, and its peak memory is that process's resident set (PGlite runs inside it). Targets (issue): 903 under 3 s and CIN under 10 s each, under 1 GB.
 * Run: `node --import tsx -e "import('./bench/returns.ts').then(async (m) => console.log(JSON.stringify(await m.benchReturns(), null, 2)))"`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dropServerSchema, openStore } from '../src/store/open.ts';
import type { Db, Store } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { addDays } from '../src/calendar/dates.ts';
import { write903Csv } from '../src/returns/io/write-903-csv.ts';
import { writeCinXml } from '../src/returns/io/write-cin-xml.ts';
import type { Row, Tables903 } from '../src/returns/ssda903/dataset.ts';
import type { DatasetCin, TablesCin } from '../src/returns/cin-census/dataset.ts';
import { TABLES_CIN } from '../src/returns/cin-census/dataset.ts';
import { validate903, validateCin } from '../src/returns/store/validate.ts';
import { import903, type ImportCounts } from '../src/returns/store/import-903.ts';
import { importCin } from '../src/returns/store/import-cin.ts';
import { dmyFromIso } from '../src/returns/store/codes.ts';

const YEAR = 2025;
const START = '2024-04-01';

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 903 tables: `children` children each with `episodesEach` episodes in the year (the last open). */
export function generate903(children: number, episodesEach: number): Tables903 {
  const next = random(903);
  const tables: Tables903 = { Header: [], Episodes: [], Reviews: [], Missing: [] };
  const places = ['U4', 'U6', 'K2', 'U1'];
  for (let c = 0; c < children; c += 1) {
    const id = `B${String(c).padStart(6, '0')}`;
    const dob = addDays('2008-01-01', Math.floor(next() * 5000));
    tables.Header!.push({ CHILD: id, SEX: next() < 0.5 ? 'M' : 'F', DOB: dmyFromIso(dob), ETHNIC: 'WBRI', UPN: 'UN4', MOTHER: null, MC_DOB: null });
    let day = addDays(START, Math.floor(next() * 30));
    for (let e = 0; e < episodesEach; e += 1) {
      const last = e === episodesEach - 1;
      const end = last ? null : addDays(day, 20 + Math.floor(next() * 40));
      const place = places[Math.floor(next() * places.length)]!;
      tables.Episodes!.push({
        CHILD: id, DECOM: dmyFromIso(day), RNE: e === 0 ? 'S' : 'P', LS: 'C2', CIN: 'N1', PLACE: place, PLACE_PROVIDER: 'PR1',
        DEC: dmyFromIso(end), REC: last ? null : 'X1', REASON_PLACE_CHANGE: last ? null : 'CARPL', HOME_POST: 'AB1 1AA', PL_POST: 'AB2 2BB', URN: 'SC123456',
      });
      if (e < 2) tables.Reviews!.push({ CHILD: id, DOB: dmyFromIso(dob), REVIEW: dmyFromIso(addDays(day, 15)), REVIEW_CODE: 'PN1' });
      if (end !== null) day = end;
    }
    if (next() < 0.2) tables.Missing!.push({ CHILD: id, DOB: dmyFromIso(dob), MISSING: 'M', MIS_START: dmyFromIso(addDays(START, 200)), MIS_END: dmyFromIso(addDays(START, 201)) });
  }
  return tables;
}

/** CIN census: `children` children, one episode of need each, an assessment, and a tenth on a CP plan. */
export function generateCin(children: number): DatasetCin {
  const next = random(2025);
  const tables: TablesCin = Object.fromEntries(TABLES_CIN.map((t) => [t, [] as Row[]]));
  for (let c = 0; c < children; c += 1) {
    const id = `N${String(c).padStart(7, '0')}`;
    const dob = addDays('2008-01-01', Math.floor(next() * 5800));
    const referral = addDays(START, Math.floor(next() * 300));
    tables.ChildIdentifiers!.push({ LAchildID: id, UPN: null, FormerUPN: null, UPNunknown: 'UN4', PersonBirthDate: dob, ExpectedPersonBirthDate: null, GenderCurrent: null, Sex: next() < 0.5 ? 'M' : 'F', PersonDeathDate: null });
    tables.ChildCharacteristics!.push({ LAchildID: id, Ethnicity: 'WBRI' });
    tables.Disabilities!.push({ LAchildID: id, Disability: 'NONE' });
    tables.CINdetails!.push({ LAchildID: id, CINdetailsID: '1', CINreferralDate: referral, ReferralSource: '2A', PrimaryNeedCode: 'N4', CINclosureDate: null, ReasonForClosure: null, DateOfInitialCPC: null, ReferralNFA: 'false' });
    const authorised = addDays(referral, 20);
    tables.Assessments!.push({ LAchildID: id, CINdetailsID: '1', AssessmentID: '1', AssessmentActualStartDate: addDays(referral, 1), AssessmentInternalReviewDate: null, AssessmentAuthorisationDate: authorised <= `${YEAR}-03-31` ? authorised : null, AssessmentFactors: '3A' });
    if (authorised <= `${YEAR}-03-31`) tables.AssessmentFactorsList!.push({ LAchildID: id, CINdetailsID: '1', AssessmentID: '1', AssessmentFactor: '3A' });
    if (c % 10 === 0) {
      const s47 = addDays(referral, 2);
      const icpc = addDays(s47, 10);
      tables.Section47!.push({ LAchildID: id, CINdetailsID: '1', S47ActualStartDate: s47, InitialCPCtarget: addDays(s47, 14), DateOfInitialCPC: icpc, ICPCnotRequired: 'false' });
      tables.ChildProtectionPlans!.push({ LAchildID: id, CINdetailsID: '1', CPPID: '1', CPPstartDate: icpc, CPPendDate: null, InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'NEG', NumberOfPreviousCPP: '0' });
    }
  }
  return { tables, meta: { year: YEAR, referenceDate: `${YEAR}-03-31`, collectionStart: START } };
}

function peakMemory(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  return { stop: () => { clearInterval(timer); return Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6); } };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

interface StepTimes { validateMs: number; importMs: number; totalMs: number; peakRssMb: number; findings: number; errors: number; rowsWritten: number }

/** Validates and imports one file into a fresh store; the store is closed afterwards. */
async function validateAndImport(store: Store, validate: () => Promise<{ findings: { severity: string }[] }>, write: (tx: Db, validated: never) => Promise<ImportCounts>): Promise<StepTimes> {
  const memory = peakMemory();
  const validated = await timed(validate);
  const imported = await timed(() => store.transaction((tx) => write(tx, validated.result as never)));
  return {
    validateMs: validated.ms, importMs: imported.ms, totalMs: validated.ms + imported.ms, peakRssMb: memory.stop(),
    findings: validated.result.findings.length, errors: validated.result.findings.filter((f) => f.severity === 'error').length,
    rowsWritten: Object.values(imported.result).reduce((n, c) => n + c.inserted + c.updated, 0),
  };
}

async function freshStore(backend: 'pglite' | 'postgres', dir: string): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const store = backend === 'pglite' ? await openStore({ dataDir: dir }) : await openStore({ databaseUrl: url, schema: `kestrel_bench_returns_${process.pid}` });
  await migrate(store);
  await store.query(`INSERT INTO council (la_code, name) VALUES ('990', 'Benchmark council') ON CONFLICT DO NOTHING`);
  return store;
}

/** One return on one backend, validated and imported into a fresh store in this process. */
async function runCase(backend: 'pglite' | 'postgres', kind: '903' | 'cin', dir: string): Promise<StepTimes> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const store = await freshStore(backend, join(dir, `store-${kind}`));
  try {
    return kind === '903'
      ? await validateAndImport(store, () => validate903([join(dir, '903')], { year: YEAR }),
        (tx, v: Awaited<ReturnType<typeof validate903>>) => import903(tx, v.dataset, '990'))
      : await validateAndImport(store, () => validateCin(join(dir, 'cin.xml'), {}),
        (tx, v: Awaited<ReturnType<typeof validateCin>>) => importCin(tx, v.dataset, '990'));
  } finally {
    await store.close();
    if (backend === 'postgres' && url) await dropServerSchema(url, `kestrel_bench_returns_${process.pid}`);
  }
}

/**
 * Runs each case in its own process, so its peak memory is its own and not what an earlier case (or
 * generating the files) left behind: a PGlite store's WebAssembly heap is never returned to the system.
 */
function runCaseInChild(backend: 'pglite' | 'postgres', kind: '903' | 'cin', dir: string): StepTimes {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'case', backend, kind, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output.trim().split('\n').at(-1)!) as StepTimes;
}

export async function benchReturns(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-bench-returns-'));
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const backends: ('pglite' | 'postgres')[] = url ? ['pglite', 'postgres'] : ['pglite'];
  try {
    await write903Csv(join(dir, '903'), generate903(2000, 5));
    await writeCinXml(join(dir, 'cin.xml'), generateCin(50_000), { laCode: '990' });
    const result: Record<string, unknown> = {
      files: { ssda903: { children: 2000, episodes: 10_000 }, cin: { children: 50_000, fileMb: Math.round(statSync(join(dir, 'cin.xml')).size / 1e6) } },
      targets: { ssda903Ms: 3000, cinMs: 10_000, memoryMb: 1000 },
    };
    for (const backend of backends) {
      result[backend] = { ssda903: runCaseInChild(backend, '903', dir), cin: runCaseInChild(backend, 'cin', dir) };
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'case' && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [backend, kind, dir] = process.argv.slice(3) as ['pglite' | 'postgres', '903' | 'cin', string];
  console.log(JSON.stringify(await runCase(backend, kind, dir)));
}
