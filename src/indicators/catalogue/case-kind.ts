/**
 * The kind of a child's case at a date, as the workload model weighs it (workload_weight.case_kind).
 * The most demanding status wins: care proceedings, looked after (short breaks only excluded), child
 * protection plan, child in need plan, open assessment, care leaver, youth justice, early help; a child
 * open with none of these is a child in need case.
 *
 * Computed for a whole set of (at, child_id) pairs at once: one join per status table, each a hash join
 * on the child, instead of a correlated look-up per child and date (which the planner re-ran for every
 * worker and month-end, 5 s for a 24-month series on 20,000 children).
 */
const KINDS = ['proceedings', 'cla', 'cp', 'cin', 'assessment', 'care_leaver', 'youth_justice', 'early_help'] as const;

/**
 * SELECT at, child_id, case_kind for every pair in `pairs` (a CTE name with columns at, child_id) that has
 * an open status; pairs with none are child in need cases (coalesce the join with 'cin'). `earliestAt` is
 * the earliest `at` of the pairs: "not ended by then", implied by "open at p.at", lets an index on the end
 * date read only the statuses still open instead of every one in the council's history.
 */
export function caseKindsSql(la: string, pairs: string, earliestAt: string): string {
  const open = (start: string, end: string) =>
    `${start} <= p.at AND (${end} IS NULL OR ${end} > p.at) AND (${end} IS NULL OR ${end} > ${earliestAt})`;
  const statuses: [table: string, condition: string][] = [
    [
      'care_proceedings',
      `((${open('x.issue_date', 'x.final_order_date')}) OR (${open('x.pre_proceedings_start', 'x.pre_proceedings_end')} AND (x.issue_date IS NULL OR x.issue_date > p.at)))`,
    ],
    // Looked after: a full-care episode open at the date (short-break episodes removed first, care-sql.ts).
    ['cla_episode', `x.legal_status NOT IN ('V3', 'V4') AND ${open('x.start_date', 'x.end_date')}`],
    ['cp_plan', open('x.start_date', 'x.end_date')],
    ['cin_plan', open('x.start_date', 'x.end_date')],
    ['assessment', open('x.start_date', 'x.authorised_date')],
    ['care_leaver', open('x.eligible_from', 'x.services_ended')],
    ['yj_intervention', open('x.start_date', 'x.end_date')],
    ['early_help_episode', open('x.referral_date', 'x.end_date')],
  ];
  const arms = statuses.map(
    ([table, condition], index) =>
      `SELECT p.at, p.child_id, ${index + 1} AS rank FROM ${pairs} p JOIN ${table} x ON x.la_code = ${la} AND x.child_id = p.child_id AND ${condition}`,
  );
  return `SELECT at, child_id, (ARRAY['${KINDS.join("', '")}'])[min(rank)] AS case_kind
    FROM (${arms.join('\n    UNION ALL ')}) statuses GROUP BY at, child_id`;
}
