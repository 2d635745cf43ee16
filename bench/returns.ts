/**
 * Returns benchmark: validate and import an SSDA903 return of a large council (2,000 children looked
 * after, 10,000 episodes, CSV set) and a CIN census of 50,000 children (XML), generated in a temp
 * directory by a small file generator; both pass the DfE rules, so `kestrel import` would take them.
 * Each case runs as `kestrel import` does, in a process of its own: validate (no store open), open the
 * store and bring its schema up to date, import in one transaction. Timed: validate, open, import;
 * total = validate + import. Peak memory is the process's VmHWM from start to end (PGlite runs
 * inside it). Cases: `pglite` (a data directory on disk made by an earlier command, as ./.kestrel),
 * `pglite-new` (a first import that creates the data directory), `postgres` (with TEST_DATABASE_URL).
 * Targets (issue): 903 under 3 s and CIN under 10 s each, under 1 GB.
 * Run: `npm run bench -- returns`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dropServerSchema, openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/db.ts';
import type { Finding } from '../src/returns/findings.ts';
import { importValidated } from '../src/returns/store/import-return.ts';
import { migrate } from '../src/store/migrate.ts';
import { addDays } from '../src/calendar/dates.ts';
import { write903Csv } from '../src/returns/io/write-903-csv.ts';
import { writeCinXml } from '../src/returns/io/write-cin-xml.ts';
import type { Row, Tables903 } from '../src/returns/ssda903/dataset.ts';
import type { DatasetCin, TablesCin } from '../src/returns/cin-census/dataset.ts';
import { TABLES_CIN } from '../src/returns/cin-census/dataset.ts';
import { validate903, validateCin } from '../src/returns/store/validate.ts';
import { import903 } from '../src/returns/store/import-903.ts';
import type { ImportContext, ImportCounts } from '../src/returns/store/import-context.ts';
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

/** Moves a Saturday or Sunday to the Monday after (conferences are held on working days: 8875, 8870Q). */
function weekday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

/** Disability codes the census uses (eight or more, else query 2887Q flags the return). */
const DISABILITIES = ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'AUT'];

/**
 * 903 tables: `children` children each with `episodesEach` episodes in the year (the last open). The
 * return passes the DfE rules (no errors), as a return `kestrel import` accepts must: each change of
 * placement changes the placement type (435), girls have MOTHER (165, 393), under-fours take part in
 * reviews as PN0 (441), and no child is in care for the whole year (so none is in the OC2 cohort, 191).
 */
export function generate903(children: number, episodesEach: number): Tables903 {
  const next = random(903);
  const tables: Tables903 = { Header: [], Episodes: [], Reviews: [], Missing: [] };
  const places = ['U4', 'U6', 'K2', 'U1'];
  for (let c = 0; c < children; c += 1) {
    const id = `B${String(c).padStart(6, '0')}`;
    const dob = addDays('2008-01-01', Math.floor(next() * 5000));
    const sex = next() < 0.5 ? 'M' : 'F';
    tables.Header!.push({
      CHILD: id,
      SEX: sex,
      DOB: dmyFromIso(dob),
      ETHNIC: 'WBRI',
      UPN: 'UN4',
      MOTHER: sex === 'F' ? '0' : null,
      MC_DOB: null,
    });
    let day = addDays(START, 1 + Math.floor(next() * 30));
    let placeIndex = 0;
    for (let e = 0; e < episodesEach; e += 1) {
      const last = e === episodesEach - 1;
      const end = last ? null : addDays(day, 20 + Math.floor(next() * 40));
      placeIndex =
        e === 0
          ? Math.floor(next() * places.length)
          : (placeIndex + 1 + Math.floor(next() * (places.length - 1))) % places.length;
      const place = places[placeIndex]!;
      tables.Episodes!.push({
        CHILD: id,
        DECOM: dmyFromIso(day),
        RNE: e === 0 ? 'S' : 'P',
        LS: 'C2',
        CIN: 'N1',
        PLACE: place,
        PLACE_PROVIDER: 'PR1',
        DEC: dmyFromIso(end),
        REC: last ? null : 'X1',
        REASON_PLACE_CHANGE: last ? null : 'CARPL',
        HOME_POST: 'AB1 1AA',
        PL_POST: 'AB2 2BB',
        URN: 'SC123456',
      });
      const review = addDays(day, 15);
      if (e < 2)
        tables.Reviews!.push({
          CHILD: id,
          DOB: dmyFromIso(dob),
          REVIEW: dmyFromIso(review),
          REVIEW_CODE: review >= addDays(dob, 4 * 365 + 1) ? 'PN1' : 'PN0',
        });
      if (end !== null) day = end;
    }
    if (next() < 0.2)
      tables.Missing!.push({
        CHILD: id,
        DOB: dmyFromIso(dob),
        MISSING: 'M',
        MIS_START: dmyFromIso(addDays(START, 200)),
        MIS_END: dmyFromIso(addDays(START, 201)),
      });
  }
  return tables;
}

/**
 * CIN census: `children` children, one episode of need each, an assessment, and a tenth on a CP plan,
 * with no errors or queries from the DfE rules: a tenth of the children have a disability (some two), and
 * conferences fall on working days.
 */
export function generateCin(children: number): DatasetCin {
  const next = random(2025);
  const tables: TablesCin = Object.fromEntries(TABLES_CIN.map((t) => [t, [] as Row[]]));
  for (let c = 0; c < children; c += 1) {
    const id = `N${String(c).padStart(7, '0')}`;
    const dob = addDays('2008-01-01', Math.floor(next() * 5800));
    const referral = addDays(START, Math.floor(next() * 300));
    tables.ChildIdentifiers!.push({
      LAchildID: id,
      UPN: null,
      FormerUPN: null,
      UPNunknown: 'UN4',
      PersonBirthDate: dob,
      ExpectedPersonBirthDate: null,
      GenderCurrent: null,
      Sex: next() < 0.5 ? 'M' : 'F',
      PersonDeathDate: null,
    });
    tables.ChildCharacteristics!.push({ LAchildID: id, Ethnicity: 'WBRI' });
    tables.Disabilities!.push({
      LAchildID: id,
      Disability: c % 10 === 3 ? DISABILITIES[Math.floor(c / 10) % DISABILITIES.length]! : 'NONE',
    });
    if (c % 100 === 3)
      tables.Disabilities!.push({
        LAchildID: id,
        Disability: DISABILITIES[(Math.floor(c / 10) + 1) % DISABILITIES.length]!,
      });
    tables.CINdetails!.push({
      LAchildID: id,
      CINdetailsID: '1',
      CINreferralDate: referral,
      ReferralSource: '2A',
      PrimaryNeedCode: 'N4',
      CINclosureDate: null,
      ReasonForClosure: null,
      DateOfInitialCPC: null,
      ReferralNFA: 'false',
    });
    const authorised = addDays(referral, 20);
    tables.Assessments!.push({
      LAchildID: id,
      CINdetailsID: '1',
      AssessmentID: '1',
      AssessmentActualStartDate: addDays(referral, 1),
      AssessmentInternalReviewDate: null,
      AssessmentAuthorisationDate: authorised <= `${YEAR}-03-31` ? authorised : null,
      AssessmentFactors: '3A',
    });
    if (authorised <= `${YEAR}-03-31`)
      tables.AssessmentFactorsList!.push({
        LAchildID: id,
        CINdetailsID: '1',
        AssessmentID: '1',
        AssessmentFactor: '3A',
      });
    if (c % 10 === 0) {
      const s47 = addDays(referral, 2);
      const icpc = weekday(addDays(s47, 10));
      tables.Section47!.push({
        LAchildID: id,
        CINdetailsID: '1',
        S47ActualStartDate: s47,
        InitialCPCtarget: weekday(addDays(s47, 14)),
        DateOfInitialCPC: icpc,
        ICPCnotRequired: 'false',
      });
      tables.ChildProtectionPlans!.push({
        LAchildID: id,
        CINdetailsID: '1',
        CPPID: '1',
        CPPstartDate: icpc,
        CPPendDate: null,
        InitialCategoryOfAbuse: 'NEG',
        LatestCategoryOfAbuse: 'NEG',
        NumberOfPreviousCPP: '0',
      });
    }
  }
  return { tables, meta: { year: YEAR, referenceDate: `${YEAR}-03-31`, collectionStart: START } };
}

/** The process's peak resident set so far (VmHWM): everything it held at once, PGlite's heap included. */
function peakRssMb(): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kb === undefined ? Math.round(process.memoryUsage().rss / 1e6) : Math.round(Number(kb) / 1024);
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

type Backend = 'pglite' | 'postgres';
type Kind = '903' | 'cin';
/** `pglite` imports into a store made (migrated, empty) by an earlier command; `pglite-new` into a new data directory. */
type Case = Backend | 'pglite-new';

interface StepTimes {
  validateMs: number;
  openMs: number;
  importMs: number;
  totalMs: number;
  peakRssMb: number;
  findings: number;
  errors: number;
  rowsWritten: number;
}

interface Validated {
  findings: Finding[];
  write: (context: ImportContext) => Promise<ImportCounts>;
}

async function validate(kind: Kind, dir: string): Promise<Validated> {
  if (kind === '903') {
    const v = await validate903([join(dir, '903')], { year: YEAR });
    return { findings: v.findings, write: (context) => import903(context, v.dataset) };
  }
  const v = await validateCin(join(dir, 'cin.xml'), {});
  return { findings: v.findings, write: (context) => importCin(context, v.dataset) };
}

async function openCaseStore(which: Case, storeDir: string, schema: string): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const store =
    which === 'postgres' ? await openStore({ databaseUrl: url, schema }) : await openStore({ dataDir: storeDir });
  await migrate(store);
  return store;
}

/**
 * One return, as `kestrel import` takes it: validated first with no store open, then the store opened
 * (on PGlite a data directory on disk, as ./.kestrel) and the file written in one transaction with its
 * audit row (importValidated, which refuses a file with errors).
 */
async function runCase(which: Case, kind: Kind, dir: string, storeDir: string): Promise<StepTimes> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const schema = `kestrel_bench_returns_${process.pid}`;
  const validated = await timed(() => validate(kind, dir));
  const opened = await timed(() => openCaseStore(which, storeDir, schema));
  const store = opened.result;
  try {
    const { findings, write } = validated.result;
    const imported = await timed(() => importValidated(store, { file: kind, laCode: '990', findings, kind }, write));
    return {
      validateMs: validated.ms,
      openMs: opened.ms,
      importMs: imported.ms,
      totalMs: validated.ms + imported.ms,
      peakRssMb: peakRssMb(),
      findings: findings.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      rowsWritten: Object.values(imported.result.counts).reduce((n, c) => n + c.inserted + c.updated, 0),
    };
  } finally {
    await store.close();
    if (which === 'postgres' && url) await dropServerSchema(url, schema);
  }
}

/** A migrated, empty embedded store, made once by its own process; each PGlite case starts from a copy. */
async function makeStore(storeDir: string): Promise<void> {
  const store = await openStore({ dataDir: storeDir });
  await migrate(store);
  await store.close();
}

function runChild(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Runs each case in its own process, so its peak memory is its own and not what an earlier case (or
 * generating the files) left behind: a PGlite store's WebAssembly heap is never returned to the system.
 */
function runCaseInChild(which: Case, kind: Kind, dir: string): StepTimes {
  const storeDir = join(dir, `store-${which}-${kind}`);
  if (which === 'pglite') cpSync(join(dir, 'store-template'), storeDir, { recursive: true });
  try {
    return JSON.parse(runChild(['case', which, kind, dir, storeDir]).trim().split('\n').at(-1)!) as StepTimes;
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
}

export async function benchReturns(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-bench-returns-'));
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const cases: Case[] = url ? ['pglite', 'pglite-new', 'postgres'] : ['pglite', 'pglite-new'];
  try {
    await write903Csv(join(dir, '903'), generate903(2000, 5));
    await writeCinXml(join(dir, 'cin.xml'), generateCin(50_000), { laCode: '990' });
    runChild(['store', join(dir, 'store-template')]);
    const result: Record<string, unknown> = {
      files: {
        ssda903: { children: 2000, episodes: 10_000 },
        cin: { children: 50_000, fileMb: Math.round(statSync(join(dir, 'cin.xml')).size / 1e6) },
      },
      targets: { ssda903Ms: 3000, cinMs: 10_000, memoryMb: 1000 },
    };
    for (const which of cases) {
      result[which] = { ssda903: runCaseInChild(which, '903', dir), cin: runCaseInChild(which, 'cin', dir) };
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'store') await makeStore(process.argv[3]!);
  if (process.argv[2] === 'case') {
    const [which, kind, dir, storeDir] = process.argv.slice(3) as [Case, Kind, string, string];
    console.log(JSON.stringify(await runCase(which, kind, dir, storeDir)));
  }
}
