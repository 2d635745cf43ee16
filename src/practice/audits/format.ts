/** The audit sample and quarterly summary as tables for people (JSON is the objects as they are). */
import { alignColumns } from '../text-table.ts';
import type { AuditSample } from './sample.ts';
import type { AuditSummary, GradeCount } from './summary.ts';

const GRADE_WORDS: Record<string, string> = {
  outstanding: 'outstanding',
  good: 'good',
  requires_improvement: 'requires improvement',
  inadequate: 'inadequate',
};

export function formatSampleTable(sample: AuditSample): string {
  const drawn = sample.teams.reduce((n, t) => n + t.drawn.length, 0);
  return `${[
    `Case file audit sample for ${sample.month} (council ${sample.laCode}, seed "${sample.seed}"): ${drawn} case(s), up to ${sample.perTeam} per team from cases open on ${sample.openOn}, leaving out files audited in the ${sample.excludeDays} days before.`,
    '',
    alignColumns([
      ['team', 'open', 'recently audited', 'child', 'worker'],
      ...sample.teams.flatMap((t) =>
        t.drawn.length
          ? t.drawn.map((c, i) => [
              i ? '' : t.teamId,
              i ? '' : String(t.open),
              i ? '' : String(t.recentlyAudited),
              c.childId,
              c.workerId,
            ])
          : [[t.teamId, String(t.open), String(t.recentlyAudited), '-', '-']],
      ),
    ]),
  ].join('\n')}\n`;
}

const gradeLine = (g: GradeCount) => `${g.count} ${GRADE_WORDS[g.grade]} (${g.percent ?? '-'}%)`;

export function formatSummaryTable(s: AuditSummary): string {
  const lines = [
    `Case file audits ${s.quarter.label} (${s.quarter.from} to ${s.quarter.to}, council ${s.laCode}): ${s.audits} audit(s), ${s.byType.random} random and ${s.byType.themed} themed.`,
    ...s.byGrade.map(
      (g) =>
        `  ${gradeLine(g)}; before: ${s.trend.map((t) => `${t.byGrade.find((x) => x.grade === g.grade)?.percent ?? '-'}% in ${t.quarter.label}`).join('; ')}`,
    ),
    `Moderation: ${s.moderation.agreed} of ${s.moderation.moderated} moderated audit(s) agreed the overall grade (${s.moderation.rate ?? '-'}%).`,
    `Actions set: ${s.actions.set}; done ${s.actions.done}, open ${s.actions.open}, overdue at the quarter's end ${s.actions.overdue}.`,
  ];
  if (s.themes.length)
    lines.push(
      '',
      alignColumns([
        ['theme', 'graded', 'outstanding', 'good', 'requires improvement', 'inadequate'],
        ...s.themes.map((t) => [
          t.theme,
          String(t.graded),
          String(t.outstanding),
          String(t.good),
          String(t.requires_improvement),
          String(t.inadequate),
        ]),
      ]),
    );
  if (s.learning.length)
    lines.push('', `Learning themes arising: ${s.learning.map((l) => `${l.theme} (${l.audits})`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
