/**
 * Maps a validated CIN census into the record store. The child key is LAchildID (the same id as the
 * 903's CHILD). The census has no keys below the child (RETURNS.md 2.1), so each element is matched
 * on its natural key: an episode of need (referral) by child + CINreferralDate, an assessment, plan or
 * section 47 by its referral + start date, a review by its plan + date. Referrals of a child in the
 * census that start in its year but are no longer in it are removed with what hangs off them.
 * GenderCurrent (until 2023-24) 1/2/0/9 becomes Sex M/F/U/U.
 */
import type { DatasetCin, Row } from '../cin-census/dataset.ts';
import { booleanFromCell, cellText as text, integerFromCell, isoFromCell, storeSex, UPN_PATTERN } from './codes.ts';
import { ImportRun, type ImportContext, type ImportCounts } from './import-context.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';

/** The tables a CIN census import writes, for progress. */
const TABLES_WRITTEN = 8;
import { keepLaterEnd, keepWhenBlank } from './as-at.ts';

function group(rows: readonly Row[] | undefined, ...columns: string[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const key = keyOf(...columns.map((c) => text(row, c)));
    const rows = map.get(key);
    if (rows === undefined) map.set(key, [row]);
    else rows.push(row);
  }
  return map;
}

export async function importCin(context: ImportContext, dataset: DatasetCin): Promise<ImportCounts> {
  const { db, laCode } = context;
  const run = new ImportRun(context, TABLES_WRITTEN);
  const { tables } = dataset;
  const { collectionStart, referenceDate } = dataset.meta;
  const ethnicity = group(tables.ChildCharacteristics, 'LAchildID');
  const disabilities = group(tables.Disabilities, 'LAchildID');
  const children: StoreRow[] = [];
  const seen = new Set<string>();
  for (const row of tables.ChildIdentifiers ?? []) {
    const id = text(row, 'LAchildID');
    const sex = storeSex(text(row, 'Sex') ?? text(row, 'GenderCurrent'));
    const eth = text(ethnicity.get(id ?? '')?.[0], 'Ethnicity');
    const dob = isoFromCell(text(row, 'PersonBirthDate'));
    const expected = isoFromCell(text(row, 'ExpectedPersonBirthDate'));
    if (id === null || seen.has(id) || sex === null || eth === null || (dob === null && expected === null)) {
      run.leaveOut('ChildIdentifiers', row, id, childProblem(id, seen, sex, eth));
      continue;
    }
    seen.add(id);
    const upn = text(row, 'UPN');
    const former = text(row, 'FormerUPN');
    children.push(
      run.tag(
        {
          la_code: laCode,
          id,
          sex,
          ethnicity: eth,
          date_of_birth: dob,
          expected_date_of_birth: dob === null ? expected : null,
          upn: upn !== null && UPN_PATTERN.test(upn) ? upn.toUpperCase() : null,
          former_upn: former !== null && UPN_PATTERN.test(former) ? former.toUpperCase() : null,
          upn_unknown: text(row, 'UPNunknown'),
          disabilities: (disabilities.get(id) ?? [])
            .map((d) => text(d, 'Disability'))
            .filter((d): d is string => d !== null)
            .sort(),
          death_date: isoFromCell(text(row, 'PersonDeathDate')),
        },
        row,
      ),
    );
  }
  await run.upsert(
    'child',
    children,
    ['la_code', 'id'],
    [
      'sex',
      'ethnicity',
      'date_of_birth',
      'expected_date_of_birth',
      'upn',
      'former_upn',
      'upn_unknown',
      'disabilities',
      'death_date',
    ],
    // A child unborn at the reference date is returned with sex U and an expected date of birth only;
    // the store keeps what it knows from the birth (as-at.ts).
    {
      ...keepWhenBlank('date_of_birth', 'expected_date_of_birth'),
      sex: `EXCLUDED.sex = 'U'`,
      ...keepLaterEnd('child', 'death_date', [], referenceDate),
    },
  );
  // A child the store refused (a code it does not know) is no longer one of the census's children here.
  for (const id of seen) if (context.leftOut?.isLeftOut('child', laCode, id)) seen.delete(id);
  const ids = [...seen];
  await run.historyFrom(ids, collectionStart);

  // Episodes of need: the referral id of each (child, CINdetailsID) for the rows nested in it.
  const referralIds = await existingIds(db, 'referral', laCode, ids, ['child_id', 'referral_date']);
  const referralOf = new Map<string, string>();
  const referrals: StoreRow[] = [];
  const referralIdsSeen = new Set<string>();
  for (const row of tables.CINdetails ?? []) {
    const child = text(row, 'LAchildID');
    const date = isoFromCell(text(row, 'CINreferralDate'));
    const source = text(row, 'ReferralSource');
    if (child === null || !seen.has(child) || date === null || source === null) {
      const reason =
        child === null || !seen.has(child)
          ? 'its child was left out (no ChildIdentifiers the store could take)'
          : date === null
            ? 'CINreferralDate is not a date'
            : 'ReferralSource is blank';
      run.leaveOut('CINdetails', row, child, reason);
      continue;
    }
    const id = referralIds.get(keyOf(child, date)) ?? `${child}-RF-${date}`;
    referralOf.set(keyOf(child, text(row, 'CINdetailsID')), id);
    // Two CINdetails with one referral date are one episode of need in the store.
    if (referralIdsSeen.has(id)) continue;
    referralIdsSeen.add(id);
    const closure = isoFromCell(text(row, 'CINclosureDate'));
    const reason = text(row, 'ReasonForClosure');
    const closed = closure !== null && reason !== null;
    referrals.push(
      run.tag(
        {
          la_code: laCode,
          id,
          child_id: child,
          referral_date: date,
          source,
          primary_need: text(row, 'PrimaryNeedCode'),
          nfa: booleanFromCell(text(row, 'ReferralNFA')) ?? false,
          closure_date: closed ? closure : null,
          closure_reason: closed ? reason : null,
        },
        row,
      ),
    );
  }
  const referralCounts = await run.upsert(
    'referral',
    referrals,
    ['la_code', 'id'],
    ['referral_date', 'source', 'primary_need', 'nfa', 'closure_date', 'closure_reason'],
    keepLaterEnd('referral', 'closure_date', ['closure_reason'], referenceDate),
  );
  // With no referral of these children in the store before, none can be left out of the census.
  const stale =
    referralIds.size === 0
      ? []
      : await db.query(
          `DELETE FROM referral WHERE la_code = $1 AND child_id = ANY($2::text[]) AND referral_date BETWEEN $3 AND $4 AND id NOT IN (SELECT unnest($5::text[])) RETURNING 1`,
          [laCode, ids, collectionStart, referenceDate, referrals.map((r) => r['id'] as string)],
        );
  referralCounts.deleted = stale.length;

  const parent = (row: Row): string | undefined =>
    referralOf.get(keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID')));
  const assessmentIds = await existingIds(db, 'assessment', laCode, ids, ['referral_id', 'start_date']);
  const factorsOf = group(tables.AssessmentFactorsList, 'LAchildID', 'CINdetailsID', 'AssessmentID');
  const assessments = new Map<string, StoreRow>();
  for (const row of tables.Assessments ?? []) {
    const referral = parent(row);
    const start = isoFromCell(text(row, 'AssessmentActualStartDate'));
    if (referral === undefined || start === null) {
      leaveOutNested(run, 'Assessments', row, referral, 'AssessmentActualStartDate');
      continue;
    }
    const id = assessmentIds.get(keyOf(referral, start)) ?? `${referral}-AS-${start}`;
    const listed = (
      factorsOf.get(keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'), text(row, 'AssessmentID'))) ?? []
    ).map((f) => text(f, 'AssessmentFactor'));
    const factors = (listed.length > 0 ? listed : (text(row, 'AssessmentFactors') ?? '').split(/[\s,]+/)).filter(
      (f): f is string => f !== null && f !== '',
    );
    const existing = assessments.get(id);
    if (existing !== undefined) {
      existing['factors'] = [...new Set([...(existing['factors'] as string[]), ...factors])].sort();
      continue;
    }
    assessments.set(
      id,
      run.tag(
        {
          la_code: laCode,
          id,
          child_id: text(row, 'LAchildID'),
          referral_id: referral,
          start_date: start,
          authorised_date: isoFromCell(text(row, 'AssessmentAuthorisationDate')),
          factors: [...new Set(factors)].sort(),
        },
        row,
      ),
    );
  }
  // An assessment not authorised by the reference date has no factors in the census yet.
  await run.upsert(
    'assessment',
    [...assessments.values()],
    ['la_code', 'id'],
    ['start_date', 'authorised_date', 'factors'],
    keepLaterEnd('assessment', 'authorised_date', ['factors'], referenceDate),
  );

  const planIds = await existingIds(db, 'cin_plan', laCode, ids, ['referral_id', 'start_date']);
  const plans = (tables.CINplanDates ?? []).flatMap((row) => {
    const referral = parent(row);
    const start = isoFromCell(text(row, 'CINPlanStartDate'));
    if (referral === undefined || start === null) {
      leaveOutNested(run, 'CINplanDates', row, referral, 'CINPlanStartDate');
      return [];
    }
    return [
      run.tag(
        {
          la_code: laCode,
          id: planIds.get(keyOf(referral, start)) ?? `${referral}-CINP-${start}`,
          child_id: text(row, 'LAchildID'),
          referral_id: referral,
          start_date: start,
          end_date: isoFromCell(text(row, 'CINPlanEndDate')),
        },
        row,
      ),
    ];
  });
  await run.upsert(
    'cin_plan',
    dedupe(plans),
    ['la_code', 'id'],
    ['start_date', 'end_date'],
    keepLaterEnd('cin_plan', 'end_date', [], referenceDate),
  );

  const cppIds = await existingIds(db, 'cp_plan', laCode, ids, ['referral_id', 'start_date']);
  const cppOf = new Map<string, string>();
  const cpPlans = (tables.ChildProtectionPlans ?? []).flatMap((row) => {
    const referral = parent(row);
    const start = isoFromCell(text(row, 'CPPstartDate'));
    const initial = text(row, 'InitialCategoryOfAbuse');
    if (referral === undefined || start === null || initial === null) {
      leaveOutNested(
        run,
        'ChildProtectionPlans',
        row,
        referral,
        start === null ? 'CPPstartDate' : 'InitialCategoryOfAbuse',
      );
      return [];
    }
    const id = cppIds.get(keyOf(referral, start)) ?? `${referral}-CPP-${start}`;
    cppOf.set(keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'), text(row, 'CPPID')), id);
    return [
      run.tag(
        {
          la_code: laCode,
          id,
          child_id: text(row, 'LAchildID'),
          referral_id: referral,
          start_date: start,
          end_date: isoFromCell(text(row, 'CPPendDate')),
          initial_category: initial,
          latest_category: text(row, 'LatestCategoryOfAbuse') ?? initial,
          previous_plans: integerFromCell(text(row, 'NumberOfPreviousCPP')) ?? 0,
        },
        row,
      ),
    ];
  });
  const plansStartingOn = new Set(cpPlans.map((p) => keyOf(p.referral_id, p.start_date)));

  const s47Ids = await existingIds(db, 's47_enquiry', laCode, ids, ['referral_id', 'start_date']);
  const conferences: StoreRow[] = [];
  const enquiries = (tables.Section47 ?? []).flatMap((row) => {
    const referral = parent(row);
    const start = isoFromCell(text(row, 'S47ActualStartDate'));
    if (referral === undefined || start === null) {
      leaveOutNested(run, 'Section47', row, referral, 'S47ActualStartDate');
      return [];
    }
    const id = s47Ids.get(keyOf(referral, start)) ?? `${referral}-S47-${start}`;
    const icpc = isoFromCell(text(row, 'DateOfInitialCPC'));
    if (icpc !== null) {
      conferences.push(
        run.tag(
          {
            la_code: laCode,
            id: `${id}-ICPC`,
            child_id: text(row, 'LAchildID'),
            s47_enquiry_id: id,
            conference_date: icpc,
            plan_made: plansStartingOn.has(keyOf(referral, icpc)),
          },
          row,
        ),
      );
    }
    return [
      run.tag(
        {
          la_code: laCode,
          id,
          child_id: text(row, 'LAchildID'),
          referral_id: referral,
          start_date: start,
          icpc_target_date: isoFromCell(text(row, 'InitialCPCtarget')),
          icpc_not_required: booleanFromCell(text(row, 'ICPCnotRequired')) ?? false,
        },
        row,
      ),
    ];
  });
  await run.upsert(
    's47_enquiry',
    dedupe(enquiries),
    ['la_code', 'id'],
    ['start_date', 'icpc_target_date', 'icpc_not_required'],
  );
  await run.upsert(
    'initial_conference',
    dedupe(conferences),
    ['la_code', 's47_enquiry_id'],
    ['conference_date', 'plan_made'],
  );
  await run.upsert(
    'cp_plan',
    dedupe(cpPlans),
    ['la_code', 'id'],
    ['start_date', 'end_date', 'initial_category', 'latest_category', 'previous_plans'],
    keepLaterEnd('cp_plan', 'end_date', [], referenceDate),
  );

  const reviewIds = await existingIds(db, 'cp_review', laCode, ids, ['cp_plan_id', 'review_date']);
  const reviews = (tables.Reviews ?? []).flatMap((row) => {
    const plan = cppOf.get(keyOf(text(row, 'LAchildID'), text(row, 'CINdetailsID'), text(row, 'CPPID')));
    const date = isoFromCell(text(row, 'CPPreviewDate'));
    if (plan === undefined || date === null) {
      run.leaveOut(
        'Reviews',
        row,
        text(row, 'LAchildID'),
        plan === undefined ? 'its child protection plan was left out' : 'CPPreviewDate is not a date',
      );
      return [];
    }
    return [
      run.tag(
        {
          la_code: laCode,
          id: reviewIds.get(keyOf(plan, date)) ?? `${plan}-RV-${date}`,
          child_id: text(row, 'LAchildID'),
          cp_plan_id: plan,
          review_date: date,
        },
        row,
      ),
    ];
  });
  await run.upsert('cp_review', dedupe(reviews), ['la_code', 'id'], ['review_date']);
  return run.finish();
}

/** One row per id (a census repeating an element would otherwise hit the same row twice in a statement). */
function dedupe<T extends { id?: unknown; s47_enquiry_id?: unknown }>(rows: T[]): T[] {
  const seen = new Set<unknown>();
  return rows.filter((row) => {
    const key = row.id ?? row.s47_enquiry_id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why a ChildIdentifiers row cannot become a child of the store. */
function childProblem(
  id: string | null,
  seen: ReadonlySet<string>,
  sex: string | null,
  ethnicity: string | null,
): string {
  if (id === null) return 'LAchildID is blank';
  if (seen.has(id)) return 'a second Child with the same LAchildID: the first was kept';
  if (sex === null) return 'Sex (GenderCurrent) is not a code the store knows';
  if (ethnicity === null) return 'Ethnicity is blank';
  return 'neither PersonBirthDate nor ExpectedPersonBirthDate is a date';
}

/** Names a row nested in an episode of need that cannot be stored: its episode was left out, or its date is not one. */
function leaveOutNested(
  run: ImportRun,
  table: string,
  row: Row,
  referral: string | undefined,
  dateColumn: string,
): void {
  const reason =
    referral === undefined ? 'its episode of need (CINdetails) was left out' : `${dateColumn} is blank or not valid`;
  run.leaveOut(table, row, text(row, 'LAchildID'), reason);
}
