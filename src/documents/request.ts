/**
 * The document options a command checks before it opens the store: the kind, the format, the level
 * ("council", "locality:NAME", "team:ID", "worker:ID") and the suppression threshold.
 */
import type { LevelRef } from '../indicators/result.ts';
import { LEVEL_KINDS, type LevelKind } from '../indicators/definition.ts';

export const REPORT_KINDS = ['committee', 'statement', 'benchmarking'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Statement and benchmarking are published documents: always public, so always suppressed. */
export const ALWAYS_PUBLIC: ReadonlySet<ReportKind> = new Set(['statement', 'benchmarking']);

export function parseReportKind(text: string): ReportKind {
  const kind = text.trim().toLowerCase();
  if (!(REPORT_KINDS as readonly string[]).includes(kind))
    throw new Error(`unknown report "${text}": choose ${REPORT_KINDS.join(', ')}`);
  return kind as ReportKind;
}

export function parseFormat<T extends string>(text: string, formats: readonly T[]): T {
  const format = text.trim().toLowerCase();
  if (!(formats as readonly string[]).includes(format))
    throw new Error(`unknown format "${text}": choose ${formats.join(', ')}`);
  return format as T;
}

export function parseLevel(text: string): LevelRef {
  const [kindText = '', ...rest] = text.split(':');
  const kind = kindText.trim().toLowerCase();
  const id = rest.join(':').trim();
  if (!(LEVEL_KINDS as readonly string[]).includes(kind))
    throw new Error(`unknown level "${text}": use council, locality:NAME, team:ID or worker:ID`);
  if (kind === 'council') {
    if (id) throw new Error(`level "${text}": the council level takes no id`);
    return { kind: 'council', id: null };
  }
  if (!id) throw new Error(`level "${text}": give the ${kind}, as ${kind}:ID`);
  return { kind: kind as LevelKind, id };
}

export function parseThreshold(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > 100)
    throw new Error(`--threshold must be a whole number from 1 to 100, got "${text}"`);
  return Number(text);
}
