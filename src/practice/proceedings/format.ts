/** The proceedings tracker as a table for people, JSON, or CSV (one row per open case). */
import { alignColumns, csvLines } from '../text-table.ts';
import { A1_THRESHOLD_DAYS, type ProceedingsReport, type TrackedCase } from './tracker.ts';

const flags = (c: TrackedCase) =>
  c.clocks
    .filter((k) => k.status === 'overdue' || k.status === 'due soon')
    .map((k) => `${k.clockId} ${k.status}${k.daysOver ? ` +${k.daysOver}d` : ''}`)
    .join('; ');

function caseTable(cases: readonly TrackedCase[]): string {
  return alignColumns([
    ['  child', 'proceedings', 'stage', 'since', 'week', 'expected end', 'drift'],
    ...cases.map((c) => [
      `  ${c.childId}`,
      c.proceedingsId,
      c.stage,
      c.stageStarted,
      String(c.week),
      c.expectedEnd,
      flags(c),
    ]),
  ]);
}

export function formatProceedingsTable(report: ProceedingsReport): string {
  const d = report.duration;
  const pre = report.cases.filter((c) => c.stage === 'pre-proceedings').length;
  const lines = [
    `Care proceedings at ${report.at} (council ${report.laCode}): ${report.cases.length - pre} in proceedings, ${pre} in pre-proceedings.`,
    `Past 26 weeks: ${report.past26Weeks.length}; pre-proceedings past 16 weeks: ${report.prePast16Weeks.length}, past 3 months: ${report.prePast3Months.length}; looked after without a permanence plan by the second review: ${report.noPermanencePlan.length}.`,
    `Proceedings ending ${d.from} to ${d.to}: ${d.cases} case(s), ${d.weeks} weeks in all, average ${d.averageWeeks ?? '-'} weeks.`,
    '',
  ];
  if (report.cases.length) lines.push(caseTable(report.cases), '');
  if (report.noPermanencePlan.length) {
    lines.push('No permanence plan by the second review:');
    lines.push(
      alignColumns([
        ['  child', 'looked after since', 'plan due', 'days over'],
        ...report.noPermanencePlan.map((p) => [`  ${p.childId}`, p.started, p.due, String(p.daysOver)]),
      ]),
      '',
    );
  }
  if (report.adoption.length) {
    lines.push(
      `Adoption timeline (A1 threshold ${A1_THRESHOLD_DAYS} days in care to placed; A2: matched within 121 days of the placement order):`,
    );
    lines.push(
      alignColumns([
        ['  child', 'in care', 'decision', 'placement order', 'matched', 'placed', 'days in care', 'A1', 'A2'],
        ...report.adoption.map((a) => [
          `  ${a.childId}`,
          a.enteredCare,
          a.decision,
          a.placementOrder ?? '-',
          a.matched ?? '-',
          a.placed ?? '-',
          String(a.daysInCare),
          a.overA1 ? 'over' : '',
          a.match ? `${a.match.status}${a.match.daysOver ? ` +${a.match.daysOver}d` : ''}` : '',
        ]),
      ]),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function formatProceedingsCsv(report: ProceedingsReport): string {
  return csvLines([
    ['child_id', 'proceedings_id', 'stage', 'stage_started', 'week', 'expected_end', 'drift'],
    ...report.cases.map((c) => [c.childId, c.proceedingsId, c.stage, c.stageStarted, c.week, c.expectedEnd, flags(c)]),
  ]);
}

export function formatProceedingsJson(report: ProceedingsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
