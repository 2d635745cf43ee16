/**
 * Where our CIN rules deliberately differ from the open validator's recorded output, and why. The
 * conformance test asserts our cells as listed here (table|row label|field), so a change on either side
 * shows up. Keep docs/RULES.md in step.
 */
export interface Deviation {
  reason: string;
  /** Our flagged cells for the case's call, as `Table|rowLabel|Field`. */
  cells?: string[];
  /** For return-level rules: whether we flag the return. */
  returnFlagged?: boolean;
}

export const DEVIATIONS: Record<string, Deviation> = {
  'cin2022_23/8670Q': {
    reason:
      'Working-day convention. The peer flags a start date when it is before reference date minus CustomBusinessDay(44), i.e. 45 or more ' +
      'working days after the start up to the reference date. We read "more than 45 working days" as more than 45 ' +
      '(workingDaysBetween > 45). ID4 started Sunday 2023-01-29: exactly 45 working days to 31 March 2023, so we do not flag it.',
    cells: ['Assessments|1|AssessmentActualStartDate', 'Assessments|1|AssessmentAuthorisationDate'],
  },
  'cin2022_23/8935': {
    reason:
      'The peer counts open plans per (LAchildID, CPPID), but CPPID is a counter within each episode, so on real returns two open ' +
      'plans of one child never share a group and the rule cannot fire. We count open plans per child, as the DfE wording says ' +
      '("This child is showing more than one open Child Protection plan"), which adds row 2 (child1, second open plan).',
    cells: [
      'ChildProtectionPlans|0|CPPendDate',
      'ChildProtectionPlans|1|CPPendDate',
      'ChildProtectionPlans|2|CPPendDate',
      'ChildProtectionPlans|4|CPPendDate',
      'ChildProtectionPlans|5|CPPendDate',
    ],
  },
  'cin2022_23/8540': {
    reason:
      'The peer flags nothing on its own case. By the DfE rule (date of birth present and at least one episode with ReferralNFA ' +
      'false, so a valid Disability is required) child1 (Disability missing, NFA false) and child3 ("notreal", NFA 0) fail; we flag them.',
    cells: ['Disabilities|0|Disability', 'Disabilities|2|Disability'],
  },
};
