/**
 * The kind of a child's case at a date, as the workload model weighs it (workload_weight.case_kind).
 * The most demanding status wins: care proceedings, looked after (short breaks only excluded), child
 * protection plan, child in need plan, open assessment, care leaver, youth justice, early help; a child
 * open with none of these is a child in need case.
 */
export function caseKindSql(la: string, child: string, at: string): string {
  const open = (start: string, end: string) => `${start} <= ${at} AND (${end} IS NULL OR ${end} > ${at})`;
  const has = (table: string, condition: string) =>
    `EXISTS (SELECT 1 FROM ${table} x WHERE x.la_code = ${la} AND x.child_id = ${child} AND ${condition})`;
  return `(CASE
    WHEN ${has('care_proceedings', `((${open('x.issue_date', 'x.final_order_date')}) OR (${open('x.pre_proceedings_start', 'x.pre_proceedings_end')} AND (x.issue_date IS NULL OR x.issue_date > ${at})))`)} THEN 'proceedings'
    WHEN ${has('care_period', `NOT x.short_breaks_only AND ${open('x.start_date', 'x.end_date')}`)} THEN 'cla'
    WHEN ${has('cp_plan', open('x.start_date', 'x.end_date'))} THEN 'cp'
    WHEN ${has('cin_plan', open('x.start_date', 'x.end_date'))} THEN 'cin'
    WHEN ${has('assessment', open('x.start_date', 'x.authorised_date'))} THEN 'assessment'
    WHEN ${has('care_leaver', open('x.eligible_from', 'x.services_ended'))} THEN 'care_leaver'
    WHEN ${has('yj_intervention', open('x.start_date', 'x.end_date'))} THEN 'youth_justice'
    WHEN ${has('early_help_episode', open('x.referral_date', 'x.end_date'))} THEN 'early_help'
    ELSE 'cin' END)`;
}
