/**
 * Maps an Ofsted Annex A workbook into the record store. Annex A is a view of records the 903 and CIN
 * census also carry, so it adds what is new and never overwrites: children not yet known (gender and
 * ethnicity from the list), contacts (list 1), early help (2), referrals (3 and 6), assessments (4),
 * section 47 enquiries and conferences (5), child protection plans (7), care (8: a period, placement
 * and episode for a child the store holds no care for on the row's dates, and the latest review, visit
 * and health checks; import-annexa-care.ts), care leavers (9) and adoption decisions for known periods
 * of care (10). Adopters (11, import-annexa-adopters.ts) have no other source: a later list updates them.
 * There are no DfE rules for Annex A; a date column that does not hold a date is an error. In lists 8
 * and 11 a cell that gives no store value is a query naming what was expected, and what it would have
 * made is left out (annexa-values.ts).
 */
import { addDays, addMonths } from '../../calendar/dates.ts';
import type { Finding } from '../findings.ts';
import {
  ANNEX_A_LISTS,
  ANNEX_A_LIST_NUMBERS,
  columnsOf,
  type AnnexA,
  type AnnexAListNumber,
} from '../io/annexa-lists.ts';
import { readAnnexAXlsx } from '../io/read-annexa-xlsx.ts';
import { dedupeBy, type RowProblem } from './annexa-values.ts';
import { booleanFromCell, integerFromCell, isoFromCell } from './codes.ts';
import { ImportRun, type ImportContext, type ImportCounts } from './import-context.ts';
import { adopterFromList11, importAdopters } from './import-annexa-adopters.ts';
import { careFromList8, importList8 } from './import-annexa-care.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';
import { plainErrors } from './validate.ts';

type In = Record<string, string | null>;

export async function readAnnexA(path: string): Promise<{ annexA: AnnexA; findings: Finding[] }> {
  return plainErrors(async () => {
    const { annexA, sources } = await readAnnexAXlsx(path);
    const findings: Finding[] = [];
    for (const list of ANNEX_A_LIST_NUMBERS) {
      const sheet = ANNEX_A_LISTS[list].sheet;
      ((annexA[list] ?? []) as In[]).forEach((row, index) => {
        for (const column of columnsOf(list)) {
          const value = row[column.key] ?? null;
          const bad =
            (column.required && value === null) ||
            (column.kind === 'date' && value !== null && isoFromCell(value) === null);
          if (!bad) continue;
          findings.push({
            table: sheet,
            row: index,
            code: column.required && value === null ? 'ANNEXA-REQUIRED' : 'ANNEXA-DATE',
            severity: 'error',
            fields: [column.header],
            message: value === null ? `${column.header} is required.` : `${column.header} is not a date: "${value}".`,
            child: row['childId'] ?? undefined,
            source: sources[sheet]?.[index],
          });
        }
        for (const problem of rowProblems(list, row)) {
          findings.push({
            table: sheet,
            row: index,
            code: problem.code,
            severity: 'query',
            fields: [problem.field],
            message: problem.message,
            child: row['childId'] ?? undefined,
            source: sources[sheet]?.[index],
          });
        }
      });
    }
    return { annexA, findings };
  });
}

/** What lists 8 and 11 cannot take from a row (the other lists' cells are mapped leniently). */
function rowProblems(list: AnnexAListNumber, row: In): RowProblem[] {
  if (list === 8 && (row['childId'] ?? '').trim() !== '') return careFromList8(row).problems;
  if (list === 11) return adopterFromList11(row).problems;
  return [];
}

function rows(annexA: AnnexA, list: AnnexAListNumber): In[] {
  return ((annexA[list] ?? []) as In[]).filter((row) => row['childId'] !== null || list === 11);
}

function sexOf(gender: string | null | undefined): string {
  const g = (gender ?? '').trim().toLowerCase();
  if (/^(a\)|m|male|1)/.test(g)) return 'M';
  if (/^(b\)|f|female|2)/.test(g)) return 'F';
  return 'U';
}

const ETHNICITY = new Set([
  'WBRI',
  'WIRI',
  'WOTH',
  'WIRT',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
]);
const ABUSE: [RegExp, string][] = [
  [/^(neg|.*neglect)/i, 'NEG'],
  [/^(phy|.*physical)/i, 'PHY'],
  [/^(sab|.*sexual)/i, 'SAB'],
  [/^(emo|.*emotional)/i, 'EMO'],
  [/^(mul|.*multiple)/i, 'MUL'],
];

function abuse(value: string | null | undefined): string | null {
  return ABUSE.find(([pattern]) => pattern.test((value ?? '').trim()))?.[1] ?? null;
}

function code(value: string | null | undefined, pattern: RegExp): string | null {
  const text = (value ?? '').trim().toUpperCase();
  return pattern.test(text) ? text : null;
}

/** The tables an Annex A import writes, for progress. */
const TABLES_WRITTEN = 17;

export async function importAnnexA(context: ImportContext, annexA: AnnexA): Promise<ImportCounts> {
  const { db, laCode } = context;
  const run = new ImportRun(context, TABLES_WRITTEN);
  const children = new Map<string, StoreRow>();
  for (const list of ANNEX_A_LIST_NUMBERS) {
    if (list === 11) continue;
    for (const row of rows(annexA, list)) {
      const id = (row['childId'] ?? '').trim();
      const dob = isoFromCell(row['dateOfBirth']);
      if (!/^[A-Za-z0-9]{1,20}$/.test(id) || children.has(id) || dob === null) continue;
      const ethnicity = (row['ethnicity'] ?? '').trim().toUpperCase();
      children.set(id, {
        la_code: laCode,
        id,
        sex: sexOf(row['gender']),
        ethnicity: ETHNICITY.has(ethnicity) ? ethnicity : 'NOBT',
        date_of_birth: dob,
      });
    }
  }
  // New children only: the 903 and CIN census are the sources of a known child's details.
  await run.upsert('child', [...children.values()], ['la_code', 'id'], []);
  const ids = [...children.keys()];
  const known = new Set(
    (
      await db.query<{ id: string }>('SELECT id FROM child WHERE la_code = $1 AND id = ANY($2::text[])', [laCode, ids])
    ).map((r) => r.id),
  );
  const mine = (list: AnnexAListNumber) => rows(annexA, list).filter((r) => known.has((r['childId'] ?? '').trim()));
  const horizon = annexAHorizon(annexA);
  if (horizon !== null) await run.historyFrom([...known], horizon);

  const contacts = mine(1).flatMap((r) => {
    const date = isoFromCell(r['contactDate']);
    const referred = mine(3).some((x) => x['childId'] === r['childId'] && isoFromCell(x['referralDate']) === date);
    return date === null
      ? []
      : [
          {
            la_code: laCode,
            id: `${r['childId']}-CT-${date}`,
            child_id: r['childId']!.trim(),
            contact_date: date,
            source: code(r['contactSource'], /^(1[A-D]|2[AB]|3[A-F]|4|5[A-D]|6|7|8|9|10)$/) ?? '10',
            outcome: referred ? 'referral' : 'nfa',
          },
        ];
  });
  await run.upsert('contact', dedupe(contacts), ['la_code', 'id'], []);

  const earlyHelp = mine(2).flatMap((r) => {
    const start = isoFromCell(r['assessmentStart']);
    const done = isoFromCell(r['assessmentCompleted']);
    return start === null
      ? []
      : [
          {
            la_code: laCode,
            id: `${r['childId']}-EH-${start}`,
            child_id: r['childId']!.trim(),
            referral_date: start,
            assessment_start: start,
            assessment_completed: done !== null && done >= start ? done : null,
            organisation: r['organisation'] ?? null,
          },
        ];
  });
  await run.upsert('early_help_episode', dedupe(earlyHelp), ['la_code', 'id'], []);

  const referralIds = await existingIds(db, 'referral', laCode, [...known], ['child_id', 'referral_date']);
  const referrals = new Map<string, StoreRow>();
  for (const r of [...mine(3), ...mine(6)]) {
    const child = r['childId']!.trim();
    const date = isoFromCell(r['referralDate'] ?? r['cinStart']);
    if (date === null || referralIds.has(keyOf(child, date))) continue;
    const closure = isoFromCell(r['cinClosure']);
    const reason = code(r['closureReason'], /^RC[1-9]$/);
    const closed = closure !== null && reason !== null && closure >= date;
    const existing = referrals.get(keyOf(child, date));
    referrals.set(keyOf(child, date), {
      la_code: laCode,
      id: `${child}-RF-${date}`,
      child_id: child,
      referral_date: date,
      source:
        code(r['referralSource'], /^(1[A-D]|2[AB]|3[A-F]|4|5[A-D]|6|7|8|9|10)$/) ??
        (existing?.['source'] as string | undefined) ??
        '10',
      primary_need:
        code(r['primaryNeed'], /^N[0-9]$/) ?? (existing?.['primary_need'] as string | null | undefined) ?? null,
      nfa: booleanFromCell(r['referralNfa']) ?? false,
      closure_date: closed ? closure : null,
      closure_reason: closed ? reason : null,
    });
  }
  await run.upsert('referral', [...referrals.values()], ['la_code', 'id'], []);

  // Assessments, enquiries and plans belong to the child's latest referral on or before them.
  const allReferrals = await db.query<{ id: string; child_id: string; referral_date: string }>(
    'SELECT id, child_id, referral_date FROM referral WHERE la_code = $1 AND child_id = ANY($2::text[]) ORDER BY referral_date',
    [laCode, [...known]],
  );
  const referralFor = (child: string, date: string): string | undefined =>
    allReferrals.filter((r) => r.child_id === child && r.referral_date <= date).at(-1)?.id;
  const attach = <T>(
    list: AnnexAListNumber,
    column: string,
    make: (r: In, child: string, referral: string, date: string) => T[],
  ): T[] =>
    mine(list).flatMap((r) => {
      const child = r['childId']!.trim();
      const date = isoFromCell(r[column]);
      const referral = date === null ? undefined : referralFor(child, date);
      return date === null || referral === undefined ? [] : make(r, child, referral, date);
    });

  const assessmentIds = await existingIds(db, 'assessment', laCode, [...known], ['referral_id', 'start_date']);
  const assessments = attach(4, 'assessmentStart', (r, child, referral, start) => {
    if (assessmentIds.has(keyOf(referral, start))) return [];
    const authorised = isoFromCell(r['assessmentAuthorised']);
    return [
      {
        la_code: laCode,
        id: `${referral}-AS-${start}`,
        child_id: child,
        referral_id: referral,
        start_date: start,
        child_seen_date: isoFromCell(r['childSeen']),
        authorised_date: authorised !== null && authorised >= start ? authorised : null,
        needs_services: booleanFromCell(r['requiresSupport']),
      },
    ];
  });
  await run.upsert('assessment', dedupe(assessments), ['la_code', 'id'], []);

  const s47Ids = await existingIds(db, 's47_enquiry', laCode, [...known], ['referral_id', 'start_date']);
  const conferences: StoreRow[] = [];
  const enquiries = attach(5, 's47Start', (r, child, referral, start) => {
    if (s47Ids.has(keyOf(referral, start))) return [];
    const id = `${referral}-S47-${start}`;
    const icpc = isoFromCell(r['icpcDate']);
    if (icpc !== null)
      conferences.push({
        la_code: laCode,
        id: `${id}-ICPC`,
        child_id: child,
        s47_enquiry_id: id,
        conference_date: icpc,
        plan_made: booleanFromCell(r['icpcResultedInCpp']) ?? false,
      });
    return [
      {
        la_code: laCode,
        id,
        child_id: child,
        referral_id: referral,
        start_date: start,
        icpc_not_required: booleanFromCell(r['icpcNotRequired']) ?? false,
      },
    ];
  });
  await run.upsert('s47_enquiry', dedupe(enquiries), ['la_code', 'id'], []);
  await run.upsert('initial_conference', dedupe(conferences), ['la_code', 'id'], []);

  const cppIds = await existingIds(db, 'cp_plan', laCode, [...known], ['referral_id', 'start_date']);
  const plans = attach(7, 'cppStart', (r, child, referral, start) => {
    const initial = abuse(r['initialCategory']);
    if (cppIds.has(keyOf(referral, start)) || initial === null) return [];
    const end = isoFromCell(r['cppEnd']);
    return [
      {
        la_code: laCode,
        id: `${referral}-CPP-${start}`,
        child_id: child,
        referral_id: referral,
        start_date: start,
        end_date: end !== null && end >= start ? end : null,
        initial_category: initial,
        latest_category: abuse(r['latestCategory']) ?? initial,
        previous_plans: integerFromCell(r['previousCpps']) ?? 0,
      },
    ];
  });
  await run.upsert('cp_plan', dedupe(plans), ['la_code', 'id'], []);

  const eligibility: [RegExp, string][] = [
    [/^(a\)|relevant)/i, 'relevant'],
    [/^(b\)|former)/i, 'former_relevant'],
    [/^(c\)|qualifying)/i, 'qualifying'],
    [/^(d\)|eligible)/i, 'eligible'],
  ];
  const leavers = mine(9)
    .map((r) => ({
      la_code: laCode,
      child_id: r['childId']!.trim(),
      eligibility: eligibility.find(([p]) => p.test((r['eligibility'] ?? '').trim()))?.[1] ?? 'other',
      eligible_from:
        isoFromCell(r['pathwayPlanReview']) ?? isoFromCell(r['latestContact']) ?? isoFromCell(r['dateOfBirth']),
      pathway_plan_review_date: isoFromCell(r['pathwayPlanReview']),
    }))
    .filter((r) => r.eligible_from !== null);
  await run.upsert(
    'care_leaver',
    dedupeBy(leavers, (r) => r.child_id),
    ['la_code', 'child_id'],
    [],
  );

  await importList8(run, mine(8), known);
  const periods = await db.query<{ id: string; child_id: string; start_date: string }>(
    'SELECT id, child_id, start_date FROM care_period WHERE la_code = $1 AND child_id = ANY($2::text[])',
    [laCode, [...known]],
  );
  const adoptionIds = await existingIds(db, 'adoption', laCode, [...known], ['child_id', 'care_period_id']);
  const adoptions = mine(10).flatMap((r) => {
    const child = r['childId']!.trim();
    const period = periods.find((p) => p.child_id === child && p.start_date === isoFromCell(r['enteredCare']));
    const decision = isoFromCell(r['adoptionDecision']);
    if (period === undefined || decision === null || adoptionIds.has(keyOf(child, period.id))) return [];
    return [
      {
        la_code: laCode,
        id: `${child}-AD-${period.start_date}`,
        child_id: child,
        care_period_id: period.id,
        decision_date: decision,
        match_date: isoFromCell(r['matched']),
      },
    ];
  });
  await run.upsert('adoption', dedupe(adoptions), ['la_code', 'id'], []);
  await importAdopters(run, rows(annexA, 11));
  return run.finish();
}

function dedupe<T extends { id?: unknown }>(list: T[]): T[] {
  return dedupeBy(list, (row) => row.id);
}

/**
 * The history horizon of the children in the workbook (child.history_from). Annex A has no collection
 * year: lists 1 to 8 cover the six months before the inspection date (export-annexa.ts, Ofsted's
 * windows), which the workbook does not state, so the latest date it holds stands for it. Null when
 * it holds no date.
 */
function annexAHorizon(annexA: AnnexA): string | null {
  let latest: string | null = null;
  for (const list of ANNEX_A_LIST_NUMBERS) {
    const dates = columnsOf(list).filter((c) => c.kind === 'date' && c.key !== 'dateOfBirth');
    for (const row of rows(annexA, list)) {
      for (const column of dates) {
        const date = isoFromCell(row[column.key]);
        if (date !== null && (latest === null || date > latest)) latest = date;
      }
    }
  }
  return latest === null ? null : addDays(addMonths(latest, -6), 1);
}
