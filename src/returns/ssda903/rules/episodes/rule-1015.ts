/**
 * DfE rule 1015: a placement in the council's own provision (PR1) is inside the council's area, so PL_LA
 * must be the council's own code. Foster and adoption placements (A3-A6, U1-U6; from 2025-26 also K3)
 * and short breaks (V3/V4) are exempt. Needs the council's code (meta.laCode).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const FOSTER_OR_ADOPTION = ['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];

function placedOutsideOwnArea(exempt: string[]) {
  return (data: Dataset903) => {
    const la = data.meta.laCode;
    if (la === undefined) return [];
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const place = val(row, 'PLACE');
        const ls = val(row, 'LS');
        return (
          place !== null &&
          ls !== null &&
          !exempt.includes(place) &&
          !['V3', 'V4'].includes(ls) &&
          val(row, 'PLACE_PROVIDER') === 'PR1' &&
          val(row, 'PL_LA') !== la
        );
      }),
    );
  };
}

const spec = {
  code: '1015',
  message: 'Placement provider is own provision but child not placed in own LA.',
  affectedFields: ['PL_LA'],
  tables: ['Episodes' as const],
};

export const rule1015: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2025 },
  validate: placedOutsideOwnArea(FOSTER_OR_ADOPTION),
});

export const rule1015From2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate: placedOutsideOwnArea([...FOSTER_OR_ADOPTION, 'K3']),
});

export const ruleVersions: Rule903[] = [rule1015, rule1015From2026];
