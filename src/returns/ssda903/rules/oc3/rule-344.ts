/**
 * DfE rule 344: a care leaver who died (DIED) or returned home for 6 months or more (RHOM) has
 * activity and accommodation both recorded as 0.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '344',
  message:
    'The record shows the young person has died or returned home to live with parent(s) or someone with parental ' +
    'responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care ' +
    'have been completed.',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC3',
      whereRows(
        rowsOf(data, 'OC3'),
        (row) =>
          inCodes(val(row, 'IN_TOUCH'), ['DIED', 'RHOM']) && (val(row, 'ACTIV') !== '0' || val(row, 'ACCOM') !== '0'),
      ),
    );
  },
});
