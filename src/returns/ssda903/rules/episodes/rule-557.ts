/**
 * DfE rule 557: a child placed for adoption (A3-A6) or under an order (D1/E1; from 2024-25 E1 only,
 * freeing orders having gone) who leaves care other than by adoption (REC not E11/E12/X1) must have
 * the decision to place for adoption ended: DATE_PLACED_CEASED and REASON_PLACED_CEASED.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { blank, val } from '../cells.ts';
import { ADOPTION_PLACEMENTS } from '../codes.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function decisionNotEnded(orders: string[]) {
  return (data: Dataset903) => {
    const placed = rowsOf(data, 'PlacedAdoption');
    const byChild = groupByChild(placed);
    const eps: number[] = [];
    const pas: number[] = [];
    if (!data.current.PlacedAdoption) return [];
    rowsOf(data, 'Episodes').forEach((row, index) => {
      const rec = val(row, 'REC');
      const inScope =
        (ADOPTION_PLACEMENTS as readonly string[]).includes(val(row, 'PLACE') ?? '') ||
        orders.includes(val(row, 'LS') ?? '');
      if (!inScope || rec === null || ['E11', 'E12', 'X1'].includes(rec)) return;
      const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
      if (own.length === 0) eps.push(index);
      for (const p of own) {
        if (blank(placed[p], 'DATE_PLACED_CEASED') || blank(placed[p], 'REASON_PLACED_CEASED')) {
          eps.push(index);
          pas.push(p);
        }
      }
    });
    return flagTables({ Episodes: eps, PlacedAdoption: pas });
  };
}

const spec = {
  code: '557',
  message:
    'Child for whom the decision was made that they should be placed for adoption has left care but was not ' +
    'adopted and information on the decision that they should no longer be placed for adoption items has not been completed.',
  affectedFields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
  tables: ['Episodes' as const, 'PlacedAdoption' as const],
};

export const rule557: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate: decisionNotEnded(['D1', 'E1']),
});

export const rule557From2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025 },
  validate: decisionNotEnded(['E1']),
});

export const ruleVersions: Rule903[] = [rule557, rule557From2025];
