/**
 * DfE rule 215: a care leaver with OC3 data cannot also have OC2 (looked after 12 months) outcome
 * data; both rows are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { has, val } from '../cells.ts';
import { OC2_OUTCOME_FIELDS, OC3_FIELDS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '215',
  message:
    'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
  affectedFields: [...OC3_FIELDS, ...OC2_OUTCOME_FIELDS],
  tables: ['OC2', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const oc3 = rowsOf(data, 'OC3');
    const oc2 = rowsOf(data, 'OC2');
    const children = (rows: Row[], fields: readonly string[]) =>
      new Set(rows.filter((row) => fields.some((f) => has(row, f))).map((row) => val(row, 'CHILD')));
    const leavers = children(oc3, OC3_FIELDS);
    const outcomes = children(oc2, OC2_OUTCOME_FIELDS);
    const both = (row: Row) => leavers.has(val(row, 'CHILD')) && outcomes.has(val(row, 'CHILD'));
    return [
      ...flagRows(
        'OC3',
        whereRows(oc3, (row) => both(row) && OC3_FIELDS.some((f) => has(row, f))),
      ),
      ...flagRows(
        'OC2',
        whereRows(oc2, (row) => both(row) && OC2_OUTCOME_FIELDS.some((f) => has(row, f))),
      ),
    ];
  },
});
