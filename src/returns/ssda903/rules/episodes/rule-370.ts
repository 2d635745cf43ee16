/**
 * DfE rule 370: a child in independent living (P2) should be at least 15 at the start of the
 * placement; 16 from 2023-24. P2 was withdrawn in 2024-25 (rule 146), so the rule finds nothing after.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedUnderAge } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule370Until2023: Rule903 = defineRule({
  code: '370',
  message: 'Child in independent living should be at least 15.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR, to: 2023 },
  validate: placedUnderAge('P2', 15),
});

export const rule370From2024: Rule903 = defineRule({
  code: '370',
  message: 'Child in independent living should be at least 16.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: 2024, to: 2024 },
  validate: placedUnderAge('P2', 16),
});

export const ruleVersions: Rule903[] = [rule370Until2023, rule370From2024];
