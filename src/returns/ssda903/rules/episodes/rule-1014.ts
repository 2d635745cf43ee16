/**
 * DfE rule 1014: UASC information is for children looked after in the year; a child with UASC details
 * and care leaver information whose episodes all fall outside the year is a care leaver, for whom UASC
 * details are not required.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagTables, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1014',
  message: 'UASC information is not required for care leavers',
  affectedFields: ['ACTIV', 'ACCOM', 'IN_TOUCH', 'DUC'],
  tables: ['Episodes', 'UASC', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.OC3) return [];
    const { collectionStart: start, collectionEnd: end } = data.meta;
    const episodes = rowsOf(data, 'Episodes');
    const oc3 = rowsOf(data, 'OC3');
    const oc3ByChild = groupByChild(oc3);
    const inYear = new Map<string, boolean>();
    for (const row of episodes) {
      const child = val(row, 'CHILD');
      if (child === null) continue;
      const decom = dateOf(row, 'DECOM');
      const dec = dateOf(row, 'DEC');
      const during = decom !== null && decom <= end && ((dec !== null && dec >= start) || val(row, 'DEC') === null);
      inYear.set(child, (inYear.get(child) ?? false) || during);
    }
    const uascRows: number[] = [];
    const oc3Rows: number[] = [];
    rowsOf(data, 'UASC').forEach((row, index) => {
      const child = val(row, 'CHILD') ?? '';
      if (inYear.get(child) !== false) return;
      for (const o of oc3ByChild.get(child) ?? []) {
        if (['ACTIV', 'ACCOM', 'IN_TOUCH'].some((item) => val(oc3[o], item) !== null)) {
          uascRows.push(index);
          oc3Rows.push(o);
        }
      }
    });
    return flagTables({ UASC: uascRows, OC3: oc3Rows });
  },
});
