/** The drift list as a table for people, JSON for programs, or CSV for a spreadsheet. */
import { alignColumns, csvLines } from '../text-table.ts';
import type { DriftReport } from './drift.ts';

const who = (id: string | null, name: string | null, none: string) => (id ? `${name ?? id} (${id})` : none);

export function formatDriftTable(report: DriftReport): string {
  const scope = report.level ? `${report.level.kind} ${report.level.id}` : 'the council';
  const lines = [
    `Drift at ${report.at} for ${scope} (council ${report.laCode}): ${report.items.length} clock(s) overdue or due soon of ${report.clocksComputed} on open cases.`,
    '',
  ];
  if (report.byTeam.length) {
    lines.push(
      alignColumns([
        ['team', 'overdue', 'due soon'],
        ...report.byTeam.map((t) => [who(t.teamId, t.teamName, 'unallocated'), String(t.overdue), String(t.dueSoon)]),
      ]),
      '',
    );
  }
  let current = '';
  for (const item of report.items) {
    const heading = `${item.teamId ?? 'unallocated'}\u0000${item.workerId ?? ''}`;
    if (heading !== current) {
      current = heading;
      const count = report.byWorker.find((w) => w.teamId === item.teamId && w.workerId === item.workerId);
      lines.push(
        `${who(item.teamId, count?.teamName ?? null, 'No team')} / ${who(item.workerId, count?.workerName ?? null, 'no worker allocated')}: ${count?.overdue ?? 0} overdue, ${count?.dueSoon ?? 0} due soon`,
      );
      const rows = report.items.filter((i) => i.teamId === item.teamId && i.workerId === item.workerId);
      lines.push(
        alignColumns([
          ['  child', 'clock', 'record', 'started', 'due', 'status', 'days over'],
          ...rows.map((r) => [`  ${r.childId}`, r.clockId, r.recordId, r.started, r.due, r.status, String(r.daysOver)]),
        ]),
        '',
      );
    }
  }
  lines.push('Rules:', ...report.rules.map((r) => `  ${r.id}: ${r.citation}`));
  return `${lines.join('\n')}\n`;
}

export function formatDriftCsv(report: DriftReport): string {
  return csvLines([
    ['team_id', 'worker_id', 'child_id', 'clock_id', 'record_id', 'started', 'due', 'status', 'days_over', 'citation'],
    ...report.items.map((i) => [
      i.teamId,
      i.workerId,
      i.childId,
      i.clockId,
      i.recordId,
      i.started,
      i.due,
      i.status,
      i.daysOver,
      i.citation,
    ]),
  ]);
}

export function formatDriftJson(report: DriftReport): string {
  const { items, ...rest } = report;
  return `${JSON.stringify(
    { ...rest, items: items.map(({ citation: _c, title: _t, local: _l, ...item }) => item) },
    null,
    2,
  )}\n`;
}
