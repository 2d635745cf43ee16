/**
 * DfE rule 607: a girl who ceased to be looked after in the year (REC other than X1, not a short break
 * V3/V4) must have the MOTHER item completed. SEX is 2 for female until 2023-24 and F from 2024-25.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagTables, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function motherMissing(female: string) {
  return (data: Dataset903) => {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    const { collectionStart: start, collectionEnd: end } = data.meta;
    const eps: number[] = [];
    const headers: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, index) => {
      const dec = dateOf(row, 'DEC');
      const rec = val(row, 'REC');
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      if (dec === null || rec === null || rec === 'X1' || ['V3', 'V4'].includes(val(row, 'LS') ?? '')) return;
      if (dec < start || dec > end || h === undefined) return;
      if (val(header[h], 'SEX') === female && val(header[h], 'MOTHER') === null) {
        eps.push(index);
        headers.push(h);
      }
    });
    return flagTables({ Episodes: eps, Header: headers });
  };
}

const spec = {
  code: '607',
  message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
  affectedFields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
  tables: ['Episodes' as const, 'Header' as const],
};

export const rule607: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate: motherMissing('2'),
});

export const rule607From2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025 },
  validate: motherMissing('F'),
});

export const ruleVersions: Rule903[] = [rule607, rule607From2025];
