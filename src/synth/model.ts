/**
 * The in-memory shape of a synthetic council while it is generated: rows per table (already in the
 * store's column names and value formats), children with the state the simulation needs, and the
 * dates of the simulation as day numbers (days since 1970-01-01) for speed.
 */
import type { RowValue } from '../store/bulk.ts';
import { fromDayNumber } from '../calendar/dates.ts';

export type Row = Record<string, RowValue>;

/** Tables in the order they must be inserted (parents before children). */
export const TABLE_ORDER = [
  'council',
  'council_population',
  'team',
  'team_establishment',
  'worker',
  'workload_weight',
  'childrens_home',
  'home_inspection',
  'child',
  'contact',
  'referral',
  'assessment',
  'cin_plan',
  'cin_plan_review',
  'strategy_discussion',
  's47_enquiry',
  'initial_conference',
  'cp_plan',
  'cp_review',
  'care_period',
  'placement',
  'cla_episode',
  'cla_review',
  'health_outcome',
  'health_check',
  'missing_episode',
  'permanence_plan',
  'previous_permanence',
  'adoption',
  'adopter',
  'care_proceedings',
  'dolo',
  'care_leaver',
  'care_leaver_contact',
  'early_help_episode',
  'sf_family',
  'sf_claim',
  'yj_offence',
  'yj_intervention',
  'exploitation_assessment',
  'allocation',
  'visit',
  'case_audit',
  'case_audit_theme_grade',
  'case_audit_action',
  'team_health_check',
  'complaint',
  'survey_result',
  'budget_line',
  'measure_value',
] as const;

export type TableName = (typeof TABLE_ORDER)[number];

export type Tables = Record<TableName, Row[]>;

export function emptyTables(): Tables {
  return Object.fromEntries(TABLE_ORDER.map((name) => [name, []])) as unknown as Tables;
}

/** Day number of an open-ended span: later than any simulated date. */
export const OPEN = 1e9;

const isoCache = new Map<number, string>();

/** ISO date of a day number (memoised: the generator formats the same few thousand days millions of times). */
export function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    isoCache.set(day, text);
  }
  return text;
}

/** The kinds of case a social worker allocation can be for, which decide the team. */
export type CaseTeam =
  | 'assessment'
  | 'fieldwork'
  | 'disabled_children'
  | 'permanence'
  | 'leaving_care'
  | 'iro'
  | 'early_help'
  | 'youth_justice';

/** A span during which a child needs a worker of some kind; the workforce sweep fills it. */
export interface AllocationNeed {
  child: Kid;
  team: CaseTeam;
  kind: 'social_worker' | 'iro' | 'personal_adviser' | 'family_worker' | 'yj_officer';
  start: number;
  /** Last day, or OPEN. */
  end: number;
  /** Why the allocation ends at `end` when it is a hand-over (903 SW_REASON). */
  endReason?: string;
  /** Statutory visits due during the span. */
  visits?: 'cin' | 'cp' | 'cla' | 'care_leaver';
}

/** A child and what the simulation needs to know about them between events. */
export interface Kid {
  id: string;
  familyId: string;
  /** Day of birth (for an unborn child: the day they will be born). */
  birth: number;
  /** Expected day of birth when first known before birth. */
  expected?: number;
  sex: 'M' | 'F';
  ethnicity: string;
  disabilities: string[];
  upn?: string;
  upnUnknown?: string;
  givenName: string;
  familyName: string;
  postcode: string;
  uasc: boolean;
  /** Last day of the current episode of need (OPEN while open); the child is free after it. */
  busyUntil: number;
  lastReferral: number;
  cpPlans: number;
  /** Plans in other councils before moving here (counted in NumberOfPreviousCPP). */
  cpPlansElsewhere: number;
  carePeriods: number;
  lastCareEnd: number;
  /** Latest day anything in the child's record is open or dated (OPEN if still open). */
  lastActivity: number;
  siblings: Kid[];
  rows: [TableName, Row][];
  needs: AllocationNeed[];
  /** Previous permanence order before care (903 PrevPerm), when the child had one. */
  previousPermanence?: { option: string; day: number | null; la: string };
  motherOfChild?: boolean;
  /** Day her first child was born, when she is a mother. */
  firstChildBirth?: number;
  /** How the child's short breaks are recorded (903 legal status), chosen at the first arrangement. */
  shortBreakStatus?: 'V3' | 'V4';
  diedOn?: number;
  uascCeased?: number;
  careLeaver?: { eligibility: string; eligibleFrom: number; pathwayReview: number | null; servicesEnd: number };
  /** The referral (episode of need) currently open, for rows that belong to it. */
  currentReferral?: string;
  seq: number;
}

/** Adds a row to the child's record, to be kept if the child's history reaches the window. */
export function emit(kid: Kid, table: TableName, row: Row): void {
  kid.rows.push([table, row]);
}

export function touch(kid: Kid, day: number): void {
  if (day > kid.lastActivity) kid.lastActivity = day;
}

/** Next identifier within the child: "<child id>-<tag><n>", unique across the council. */
export function childScopedId(kid: Kid, tag: string): string {
  kid.seq += 1;
  return `${kid.id}${tag}${kid.seq}`;
}
