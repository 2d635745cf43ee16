/** DfE rule 153: the three care-leaver (OC3) items are all given or all blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];

export const rule: Rule903 = defineRule({
  code: '153',
  message:
    "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
  affectedFields: FIELDS,
  tables: ['OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const given = FIELDS.filter((f) => has(row, f)).length;
        return given > 0 && given < FIELDS.length;
      }),
    );
  },
});
