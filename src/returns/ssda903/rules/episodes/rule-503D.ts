/**
 * DfE rule 503D: this year's first episode continues last year's open final episode, so PLACE must be
 * the same. Where DfE retired a placement code, the replacement is accepted in the year of the change:
 * H5 (semi-independent living) became K3 in 2024-25, and Z1 (other placement) became Z11-Z14 in 2025-26.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { firstEpisodeChanged } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const spec = {
  code: '503D',
  message: 'The placement type in the first episode does not match open episode at end of last year',
  affectedFields: ['PLACE'],
  tables: ['Episodes' as const],
};

export const rule503D: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate(data) {
    return firstEpisodeChanged(data, 'PLACE');
  },
});

/** 2024-25: H5 last year may continue as K3 this year. */
export const rule503DIn2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025, to: 2025 },
  validate(data) {
    return firstEpisodeChanged(data, 'PLACE', (now, before) => before === 'H5' && now === 'K3');
  },
});

/** From 2025-26: Z1 last year may continue as any of Z11-Z14. */
export const rule503DFrom2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate(data) {
    return firstEpisodeChanged(
      data,
      'PLACE',
      (now, before) => before === 'Z1' && ['Z11', 'Z12', 'Z13', 'Z14'].includes(now ?? ''),
    );
  },
});

export const ruleVersions: Rule903[] = [rule503D, rule503DIn2025, rule503DFrom2026];
