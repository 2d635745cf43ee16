/**
 * DfE rule 371: a child in semi-independent accommodation not under children's homes regulations
 * (H5) should be at least 14, raised to 16 in 2023-24 (when supported accommodation became regulated);
 * from 2024-25 the placement type is K3 (registered supported accommodation), minimum 16.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { placedUnderAge } from '../placement-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule371Until2023: Rule903 = defineRule({
  code: '371',
  message:
    'Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 14.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR, to: 2023 },
  validate: placedUnderAge('H5', 14),
});

export const rule371In2024: Rule903 = defineRule({
  code: '371',
  message:
    'Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: 2024, to: 2024 },
  validate: placedUnderAge('H5', 16),
});

export const rule371From2025: Rule903 = defineRule({
  code: '371',
  message: 'Child in supported accomodation not subject to children’s homes regulations should be at least 16.',
  affectedFields: ['DECOM', 'PLACE'],
  tables: ['Episodes', 'Header'],
  years: { from: 2025 },
  validate: placedUnderAge('K3', 16),
});

export const ruleVersions: Rule903[] = [rule371Until2023, rule371In2024, rule371From2025];
