/**
 * The words of the documents built from the model: headings, commentary lines, and one sentence per
 * measure for the committee report ("Referral decisions made within 1 working day was 97.3% at the end of
 * December 2017 against a target of 96% (green), improving on the previous period.").
 */
import type { Commentary, Scorecard, ScorecardRow } from '../framework/model.ts';
import { directionLabel, formatValue, longDate, ragLabel } from './format.ts';

export function levelName(scorecard: Scorecard): string {
  return scorecard.level.kind === 'council' ? 'whole council' : `${scorecard.level.kind} ${scorecard.level.name}`;
}

export function documentHeading(scorecard: Scorecard, marking: 'public' | 'internal'): string {
  const edition = marking === 'public' ? 'Public edition' : 'Internal edition';
  return `${scorecard.council.name} · Children's Services · ${levelName(scorecard)} · ${edition}`;
}

function commentaryLine(entry: Commentary): string {
  const label = entry.kind === 'action' ? 'ACTIONS' : 'COMMENTS';
  const who = [entry.owner ? `owner ${entry.owner}` : '', entry.due ? `due ${longDate(entry.due)}` : '']
    .filter(Boolean)
    .join(', ');
  const carried = entry.carriedForward ? ` (carried forward from ${longDate(entry.writtenAt)})` : '';
  return `${label}: ${entry.text}${who ? ` [${who}]` : ''}${carried}`;
}

/** COMMENTS before ACTIONS, each in the order written. */
export function commentaryLines(row: ScorecardRow): string[] {
  const comments = row.commentary.filter((c) => c.kind === 'comment');
  const actions = row.commentary.filter((c) => c.kind === 'action');
  return [...comments, ...actions].map(commentaryLine);
}

/**
 * One sentence on a measure. `current` is the figure as printed (so "c" in a public document where it
 * is suppressed).
 */
export function measureSentence(row: ScorecardRow, current: string, at: string): string {
  if (row.current === null) {
    return `${row.title}: no result for the period${row.note ? ` (${row.note.replace(/\.$/, '')})` : ''}.`;
  }
  const target = row.target === null ? '' : ` against a target of ${formatValue(row.target, row.unit)}`;
  const rag = row.rag === null ? '' : ` (${ragLabel(row.rag).toLowerCase()})`;
  const direction =
    row.direction.previous === null
      ? ''
      : row.direction.previous === 'no-change'
        ? ', unchanged from the previous period'
        : `, ${directionLabel(row.direction.previous).toLowerCase()} on the previous period`;
  return `${row.title} was ${current} at ${longDate(at)}${target}${rag}${direction}.`;
}

/** How many measures are green, amber and red. */
export function ragCounts(rows: readonly ScorecardRow[]): {
  green: number;
  amber: number;
  red: number;
  unrated: number;
} {
  const count = (rag: string | null): number => rows.filter((r) => r.rag === rag).length;
  return { green: count('green'), amber: count('amber'), red: count('red'), unrated: count(null) };
}
