/** The workload report as a table for people, JSON, or CSV (one row per worker). */
import { alignColumns, csvLines } from '../text-table.ts';
import type { WorkerLoad, WorkloadReport } from './workload.ts';

const n = (value: number | null) => (value === null ? '-' : String(value));

function workerLine(w: WorkerLoad): string[] {
  return [
    `  ${w.name} (${w.workerId})`,
    w.asye ? 'ASYE' : w.experienced ? 'experienced' : 'unqualified',
    String(w.fte),
    String(w.cases),
    String(w.points),
    String(w.capacity),
    w.percentOfCapacity === null ? '-' : `${w.percentOfCapacity}%`,
    w.aboveIdeal ? 'above ideal' : '',
  ];
}

export function formatWorkloadTable(report: WorkloadReport): string {
  const scope = report.level ? `${report.level.kind} ${report.level.id}` : 'the council';
  const share = report.experiencedAboveIdeal;
  const lines = [
    `Workload at ${report.at} for ${scope} (council ${report.laCode}); ideal ${report.ideal} points per full-time experienced worker.`,
    `Experienced workers above the ideal: ${share.above} of ${share.of}${share.percent === null ? '' : ` (${share.percent}%)`}.`,
    `Children per FTE (DfE workforce census definition, council): social workers ${n(report.caseloadPerFte.socialWorkers)}, IROs ${n(report.caseloadPerFte.iros)}.`,
    '',
    alignColumns([
      ['team', 'workers', 'cases', 'points', 'mean', 'min', 'max', 'over capacity'],
      ...report.teams.map((t) => [
        `${t.teamName ?? t.teamId} (${t.teamId})`,
        String(t.workers),
        String(t.cases),
        String(t.points),
        n(t.meanPoints),
        n(t.minPoints),
        n(t.maxPoints),
        String(t.overCapacity),
      ]),
    ]),
    '',
  ];
  for (const team of report.teams) {
    lines.push(`${team.teamName ?? team.teamId} (${team.teamId})`);
    lines.push(
      alignColumns([
        ['  worker', 'experience', 'FTE', 'cases', 'points', 'capacity', 'of capacity', ''],
        ...report.workers.filter((w) => w.teamId === team.teamId).map(workerLine),
      ]),
      '',
    );
  }
  if (report.unallocated) {
    lines.push(`Unallocated cases: ${report.unallocated.length}`);
    if (report.unallocated.length)
      lines.push(
        alignColumns([
          ['  child', 'case', 'waiting since', 'days waiting'],
          ...report.unallocated.map((u) => [`  ${u.childId}`, u.what, u.waitingSince, String(u.waitingDays)]),
        ]),
      );
    lines.push('');
  }
  if (report.move) {
    const m = report.move;
    lines.push(`What if child ${m.childId} moved to ${m.to.before.name} (${m.to.before.workerId}):`);
    const rows = [['  worker', 'cases before', 'points before', 'cases after', 'points after', 'of capacity after']];
    for (const side of [m.from, m.to]) {
      if (!side) continue;
      rows.push([
        `  ${side.before.name} (${side.before.workerId})`,
        String(side.before.cases),
        String(side.before.points),
        String(side.after.cases),
        String(side.after.points),
        side.after.percentOfCapacity === null ? '-' : `${side.after.percentOfCapacity}%`,
      ]);
    }
    lines.push(alignColumns(rows), '');
  }
  return `${lines.join('\n')}\n`;
}

export function formatWorkloadCsv(report: WorkloadReport): string {
  return csvLines([
    [
      'team_id',
      'worker_id',
      'name',
      'role',
      'fte',
      'experienced',
      'asye',
      'cases',
      'base_points',
      'points',
      'capacity',
      'percent_of_capacity',
      'above_ideal',
    ],
    ...report.workers.map((w) => [
      w.teamId,
      w.workerId,
      w.name,
      w.role,
      w.fte,
      w.experienced,
      w.asye,
      w.cases,
      w.basePoints,
      w.points,
      w.capacity,
      w.percentOfCapacity,
      w.aboveIdeal,
    ]),
  ]);
}

export function formatWorkloadJson(report: WorkloadReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
