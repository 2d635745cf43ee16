/**
 * A child's chronology: every dated event across every table of the child's record, oldest first.
 * Built from the rows readChildRecord returned (so it covers whatever tables the record has, and only
 * what the reader role was allowed to read); each date column of a row is one event. Target dates
 * (a date something should happen by) are not events and are left out.
 */
import type { ChildRecord, Row } from '../../access/child-records.ts';

export interface ChronologyEvent {
  date: string;
  /** The event in words: "Referral decision", "Placement started". */
  what: string;
  table: string;
  recordId: string;
}

/** Tables a person reading the record would not call events of the child's journey. */
const NOT_EVENTS = new Set(['child_restriction', 'child_restriction_user', 'audit_log']);
/** Dates that say when something is due, not when it happened. */
const NOT_EVENT_COLUMNS = new Set(['icpc_target_date']);

const RECORD_NAMES: Record<string, string> = {
  contact: 'Contact',
  referral: 'Referral',
  assessment: 'Assessment',
  cin_plan: 'Child in need plan',
  cin_plan_review: 'Child in need plan review',
  strategy_discussion: 'Strategy discussion',
  s47_enquiry: 'Section 47 enquiry',
  initial_conference: 'Initial child protection conference',
  cp_plan: 'Child protection plan',
  cp_review: 'Child protection review conference',
  care_period: 'Period of care',
  cla_episode: 'Care episode',
  placement: 'Placement',
  cla_review: 'Looked-after review',
  visit: 'Visit',
  missing_episode: 'Missing episode',
  care_proceedings: 'Care proceedings',
  adoption: 'Adoption',
  permanence_plan: 'Permanence plan',
  previous_permanence: 'Previous permanence',
  care_leaver: 'Care leaver',
  care_leaver_contact: 'Care leaver contact',
  health_check: 'Health check',
  allocation: 'Allocation',
  early_help_episode: 'Early help',
  yj_offence: 'Youth justice offence',
  yj_intervention: 'Youth justice intervention',
  exploitation_assessment: 'Exploitation assessment',
  case_audit: 'Case audit',
  complaint: 'Complaint',
  dolo: 'Deprivation of liberty order',
};

/** What a date column says happened; an empty string when the date is the record's own event date. */
const COLUMN_VERBS: Record<string, string> = {
  start_date: 'started',
  end_date: 'ended',
  closure_date: 'closed',
  authorised_date: 'authorised',
  child_seen_date: 'child seen',
  decision_date: 'decision',
  outcome_date: 'outcome',
  received_date: 'received',
  closed_date: 'closed',
  issue_date: 'issued',
  final_order_date: 'final order',
  placement_order_date: 'placement order',
  match_date: 'matched',
  placed_date: 'placed',
  ffa_placed_date: 'placed for fostering for adoption',
  order_date: 'order',
  reversal_date: 'reversed',
  rhi_offered_date: 'return interview offered',
  pathway_plan_review_date: 'pathway plan review',
};

function humanise(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** What a date column of a table records, in words. */
export function describeDate(table: string, column: string): string {
  const record = RECORD_NAMES[table] ?? humanise(table);
  // A record's own date (visit_date, review_date, contact_date, referral_date ...) is the event itself.
  const verb = COLUMN_VERBS[column];
  return verb ? `${record} ${verb}` : record;
}

function eventsOfRow(table: string, row: Row): ChronologyEvent[] {
  const recordId = String(row.id ?? '');
  const events: ChronologyEvent[] = [];
  for (const [column, value] of Object.entries(row)) {
    if (!column.endsWith('_date') || NOT_EVENT_COLUMNS.has(column)) continue;
    const date = isoDate(value);
    if (date) events.push({ date, what: describeDate(table, column), table, recordId });
  }
  return events;
}

/** Every dated event of the record, oldest first (ties in table, record and wording order, so stable). */
export function buildChronology(record: ChildRecord): ChronologyEvent[] {
  const events: ChronologyEvent[] = [];
  for (const [table, rows] of Object.entries(record.tables)) {
    if (NOT_EVENTS.has(table)) continue;
    for (const row of rows) events.push(...eventsOfRow(table, row));
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.table.localeCompare(b.table) ||
      a.recordId.localeCompare(b.recordId) ||
      a.what.localeCompare(b.what),
  );
}
