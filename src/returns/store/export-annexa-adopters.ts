/**
 * Annex A list 11 (adopters) from the store's adopter rows, as at the inspection date (RETURNS.md 3).
 */
import type { Db } from '../../store/db.ts';
import type { AnnexA } from '../io/annexa-lists.ts';
import type { AdopterRow } from '../../store/rows.ts';
import { GENDER, s, yesNo } from './export-annexa-cells.ts';

const LEFT_REASON: Record<string, string> = { withdrew: 'Withdrew', on_hold: 'On hold', refused: 'Refused' };
const ADOPTER_DATES = [
  ['enquiryReceived', 'enquiry_date'],
  ['stage1Start', 'stage1_start'],
  ['stage1End', 'stage1_end'],
  ['stage2Start', 'stage2_start'],
  ['stage2End', 'stage2_end'],
  ['applicationSubmitted', 'application_date'],
  ['approved', 'approval_date'],
  ['matched', 'match_date'],
  ['childPlaced', 'placed_date'],
  ['adoptionOrder', 'order_date'],
  ['leftProcess', 'left_date'],
] as const;

/**
 * List 11: "individuals in contact with the LA adoption agency in the prior 12 months" (RETURNS.md 3),
 * read as a family with any step of the process dated in the twelve months to the date, or still in
 * the process at it (begun, with neither an adoption order nor having left). Every adopter of such a
 * family is listed, a couple together.
 */
export async function list11(db: Db, laCode: string, at: string, from12: string): Promise<AnnexA[11]> {
  const dates = ADOPTER_DATES.map(([, column]) => `a.${column}`).join(', ');
  const rows = await db.query<AdopterRow>(
    `WITH active AS (
      SELECT DISTINCT coalesce(a.family_id, a.id) AS family FROM adopter a
       WHERE a.la_code = $1 AND (EXISTS (SELECT 1 FROM unnest(ARRAY[${dates}]) AS d(day) WHERE d.day BETWEEN $3 AND $2)
          OR (least(${dates}) <= $2 AND (a.order_date IS NULL OR a.order_date > $2) AND (a.left_date IS NULL OR a.left_date > $2))))
    SELECT a.* FROM adopter a JOIN active ON active.family = coalesce(a.family_id, a.id)
     WHERE a.la_code = $1 ORDER BY coalesce(a.family_id, a.id), a.id`,
    [laCode, at, from12],
  );
  return rows.map((r) => {
    const known = (column: (typeof ADOPTER_DATES)[number][1]) => {
      const date = r[column];
      return date !== null && date <= at ? date : null;
    };
    const placedLater = r.placed_date !== null && r.placed_date > at;
    return {
      adopterId: r.id,
      familyId: r.family_id,
      gender: GENDER[r.sex ?? ''] ?? null,
      ethnicity: r.ethnicity,
      disability: yesNo(r.disabled),
      ffa: yesNo(r.ffa),
      ...(Object.fromEntries(ADOPTER_DATES.map(([key, column]) => [key, known(column)])) as Record<
        (typeof ADOPTER_DATES)[number][0],
        string | null
      >),
      childrenPlaced: placedLater ? null : s(r.children_placed),
      reasonLeft: known('left_date') === null ? null : (LEFT_REASON[r.left_reason ?? ''] ?? null),
    };
  });
}
