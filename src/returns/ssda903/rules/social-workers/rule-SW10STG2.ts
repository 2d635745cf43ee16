/**
 * Social worker rule SW10STG2 (from 2023-24): a new social worker episode starts within 7 days either
 * side of the end of the child's previous one; a previous episode still open, or a missing start date,
 * is also flagged. From 2024-25 a change of social worker for a family contact reason (SW_REASON FCONTA)
 * is exempt.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import { gapNotBridged } from '../social-workers.ts';

const spec = {
  code: 'SW10STG2',
  message: 'A new social worker episode has started before the end date of the previous social worker episode.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes' as const],
};

export const ruleSW10STG2: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2024 },
  validate: gapNotBridged([]),
});

/** 2024-25: FCONTA exempt. From 2025-26 DfE split the rule into SW10aSTG2 and SW10bSTG2. */
export const ruleSW10STG2In2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025, to: 2025 },
  validate: gapNotBridged(['FCONTA']),
});

export const ruleVersions: Rule903[] = [ruleSW10STG2, ruleSW10STG2In2025];
