/**
 * DfE rule 526: every placement needs a provider code, except temporary placements (T0-T4) and
 * "other" placements (Z1, which became Z11-Z14 in 2025-26).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function missingProvider(exempt: string[]) {
  return (data: Dataset903) =>
    flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => !exempt.includes(val(row, 'PLACE') ?? '') && val(row, 'PLACE_PROVIDER') === null,
      ),
    );
}

const spec = {
  code: '526',
  message: 'Child is missing a placement provider code for at least one episode.',
  affectedFields: ['PLACE', 'PLACE_PROVIDER'],
  tables: ['Episodes' as const],
};

export const rule526: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2025 },
  validate: missingProvider(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']),
});

export const rule526From2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate: missingProvider(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']),
});

export const ruleVersions: Rule903[] = [rule526, rule526From2026];
