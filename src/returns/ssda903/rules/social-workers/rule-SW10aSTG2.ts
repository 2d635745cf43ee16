/**
 * Social worker rule SW10aSTG2 (from 2025-26, replacing SW10STG2): unless the change is for a first
 * contact (SW_REASON FCONTA), a new social worker episode starts within 7 days either side of the end of
 * the child's previous one.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import { gapNotBridged } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW10aSTG2',
  message: 'A new social worker episode has started and it is not within +/- 7 days of a previous episode.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2026 },
  validate: gapNotBridged(['FCONTA']),
});
