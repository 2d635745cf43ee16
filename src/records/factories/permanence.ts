/** Factories for adoption, care proceedings, permanence plans and deprivation of liberty orders. */
import type { Db } from '../../store/db.ts';
import { insertOne, nextId, TEST_LA } from './insert.ts';
import { childIdFor } from './people.ts';
import { buildCarePeriod } from './care.ts';
import type { AdoptionRow, CareProceedingsRow, DoloRow, PermanencePlanRow } from '../../store/rows.ts';
export type { AdoptionRow, CareProceedingsRow, DoloRow, PermanencePlanRow } from '../../store/rows.ts';

/** An adoption journey; builds a bare period of care for the child when `care_period_id` is not given. */
export async function buildAdoption(db: Db, overrides: Partial<AdoptionRow> = {}): Promise<AdoptionRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  const care_period_id = overrides.care_period_id ?? (await buildCarePeriod(db, { la_code, child_id })).id;
  return insertOne(db, 'adoption', {
    la_code,
    id: nextId('AD'),
    decision_date: '2023-09-01',
    placement_order_date: '2023-11-01',
    match_date: '2024-02-01',
    ffa_placed_date: null,
    placed_date: '2024-02-15',
    order_date: null,
    reversal_date: null,
    reversal_reason: null,
    adopter_family_id: null,
    adopters_count: 2,
    adopters_sex: 'MF',
    adopters_legal_status: 'L11',
    adopted_by_foster_carer: false,
    ...overrides,
    child_id,
    care_period_id,
  } satisfies AdoptionRow);
}

export async function buildCareProceedings(
  db: Db,
  overrides: Partial<CareProceedingsRow> = {},
): Promise<CareProceedingsRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'care_proceedings', {
    la_code,
    id: nextId('PR'),
    pre_proceedings_start: '2024-01-08',
    pre_proceedings_end: '2024-03-04',
    issue_date: '2024-03-04',
    final_order_date: null,
    final_order: null,
    ...overrides,
    child_id,
  } satisfies CareProceedingsRow);
}

export async function buildPermanencePlan(
  db: Db,
  overrides: Partial<PermanencePlanRow> = {},
): Promise<PermanencePlanRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'permanence_plan', {
    la_code,
    id: nextId('PM'),
    plan_date: '2023-07-03',
    plan: 'long_term_fostering',
    ...overrides,
    child_id,
  } satisfies PermanencePlanRow);
}

export async function buildDolo(db: Db, overrides: Partial<DoloRow> = {}): Promise<DoloRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'dolo', {
    la_code,
    id: nextId('DL'),
    start_date: '2024-08-01',
    end_date: null,
    ...overrides,
    child_id,
  } satisfies DoloRow);
}
