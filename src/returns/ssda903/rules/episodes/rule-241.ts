/**
 * DfE rule 241 (from 2025-26): a registered supported accommodation placement (K3) with a URN must be
 * in an LA where that provider has premises: PL_LA must be one of the LA codes the provider register
 * gives for the URN. (The open validator compares PL_LA with the council's own code instead; we
 * follow the DfE wording, and say nothing without the register.)
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { providerDisagrees } from '../provider-rules.ts';
import type { Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '241',
  message: 'LA of placement is not an LA the provider has premises.',
  affectedFields: ['URN'],
  tables: ['Episodes'],
  years: { from: 2026 },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees(
    (episode, provider) =>
      val(episode, 'PLACE') === 'K3' && val(episode, 'PL_LA') !== val(provider, 'LA_CODE_INFERRED'),
  ),
});
