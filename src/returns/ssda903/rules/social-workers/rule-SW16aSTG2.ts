/**
 * Social worker rule SW16aSTG2 (2024-25 only): this year's first social worker episode continues last year's
 * open one, so SW_ID must be the same. Not in the 2025-26 rule set.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Rule903 } from '../rule.ts';
import { socialWorkerChanged } from '../social-workers.ts';

export const rule: Rule903 = defineRule({
  code: 'SW16aSTG2',
  message: 'The social worker reason episode changed does not match the open episode at the end of last year.',
  affectedFields: ['SW_ID'],
  tables: ['SWEpisodes'],
  years: { from: 2025, to: 2025 },
  validate(data) {
    return socialWorkerChanged(data, 'SW_ID', false);
  },
});
