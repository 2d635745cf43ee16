/**
 * Social worker rule SW16bSTG2 (2024-25 onwards): this year's first social worker episode continues last year's
 * open one, so SW_DECOM must be the same.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import { socialWorkerChanged } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW16bSTG2',
  message: 'The social worker episode start date does not match the open episode at the end of last year.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
  validate(data) {
    return socialWorkerChanged(data, 'SW_DECOM', true);
  },
});
