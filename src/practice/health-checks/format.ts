/** Health checks due, their history and the team pack as tables for people (JSON is the objects). */
import { alignColumns } from '../text-table.ts';
import type { HealthCheckHistory, TeamCheckDue } from './checks.ts';
import type { TeamPack } from './pack.ts';

const words = (grade: string | null) => (grade ? grade.replace(/_/g, ' ') : '-');

export function formatDueTable(due: { laCode: string; at: string; teams: TeamCheckDue[] }): string {
  const overdue = due.teams.filter((t) => t.status === 'overdue').length;
  const soon = due.teams.filter((t) => t.status === 'due soon').length;
  return `${[
    `Team health checks at ${due.at} (council ${due.laCode}): ${overdue} overdue, ${soon} due soon, ${due.teams.filter((t) => t.status === 'never checked').length} never checked. Next due 12 months after good or outstanding, 6 months otherwise.`,
    '',
    alignColumns([
      ['team', 'name', 'last checked', 'grade', 'next due', 'status', 'days over'],
      ...due.teams.map((t) => [
        t.teamId,
        t.teamName,
        t.lastChecked ?? '-',
        words(t.lastGrade),
        t.nextDue ?? '-',
        t.status,
        t.daysOver ? String(t.daysOver) : '',
      ]),
    ]),
  ].join('\n')}\n`;
}

export function formatHistoryTable(h: HealthCheckHistory): string {
  return `${[
    `Team health checks by team over time (council ${h.laCode}):`,
    alignColumns([
      ['team', 'name', 'checks'],
      ...h.teams.map((t) => [t.teamId, t.teamName, t.checks.map((c) => `${c.date} ${words(c.grade)}`).join('; ')]),
    ]),
    '',
    alignColumns([
      ['year', 'checks', 'outstanding', 'good', 'requires improvement', 'inadequate'],
      ...h.byYear.map((y) => [
        y.year,
        String(y.checks),
        String(y.outstanding),
        String(y.good),
        String(y.requires_improvement),
        String(y.inadequate),
      ]),
    ]),
  ].join('\n')}\n`;
}

const num = (v: number | null) => (v === null ? '-' : String(Math.round(v * 10) / 10));

export function formatPackTable(p: TeamPack): string {
  const w = p.workload.team;
  const hc = p.healthCheck;
  return `${[
    `Team pack: team ${p.teamId} at ${p.at} (council ${p.laCode}, period ${p.period}).`,
    hc
      ? `Health check: last ${hc.lastChecked ?? 'never'} ${words(hc.lastGrade)}; next due ${hc.nextDue ?? 'now'} (${hc.status}). History: ${p.history.map((c) => `${c.date} ${words(c.grade)}`).join('; ') || 'none'}.`
      : '',
    w
      ? `Workload: ${w.workers} worker(s), ${w.cases} case(s), mean ${num(w.meanPoints)} points (ideal ${p.workload.ideal}); ${w.overCapacity} over capacity; experienced workers above the ideal ${p.workload.experiencedAboveIdeal.above} of ${p.workload.experiencedAboveIdeal.of}.`
      : 'Workload: no case-holding workers.',
    '',
    alignColumns([
      ['indicator', 'team', '(num/den)', 'council', '(num/den)'],
      ...p.figures.map((f) => [
        f.id,
        num(f.team.value),
        f.team.denominator === null ? '' : `${num(f.team.numerator)}/${num(f.team.denominator)}`,
        num(f.council.value),
        f.council.denominator === null ? '' : `${num(f.council.numerator)}/${num(f.council.denominator)}`,
      ]),
    ]),
    '',
    alignColumns([
      ['clock', 'team running', 'due soon', 'overdue', 'council running', 'due soon', 'overdue'],
      ...p.clocks.map((c) => [
        c.clockId,
        String(c.team.running),
        String(c.team.dueSoon),
        String(c.team.overdue),
        String(c.council.running),
        String(c.council.dueSoon),
        String(c.council.overdue),
      ]),
    ]),
  ]
    .filter((line, i) => line !== '' || i > 2)
    .join('\n')}\n`;
}
