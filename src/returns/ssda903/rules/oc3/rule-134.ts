/**
 * DfE rule 134: a care leaver with OC3 data (IN_TOUCH, ACTIV or ACCOM) cannot also have adoption
 * (AD1) data; the AD1 row is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const rule: Rule903 = defineRule({
  code: '134',
  message: 'Data on adoption should not be entered for the OC3 cohort.',
  affectedFields: [...OC3_FIELDS, ...AD1_FIELDS],
  tables: ['OC3', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const oc3 = rowsOf(data, 'OC3');
    const leavers = new Set<string>();
    for (const [child, rows] of groupByChild(oc3)) {
      if (rows.some((i) => OC3_FIELDS.some((f) => has(oc3[i], f)))) leavers.add(child);
    }
    return flagRows(
      'AD1',
      whereRows(
        rowsOf(data, 'AD1'),
        (row) => leavers.has(val(row, 'CHILD') ?? '') && AD1_FIELDS.some((f) => has(row, f)),
      ),
    );
  },
});
