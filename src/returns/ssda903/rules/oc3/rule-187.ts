/**
 * DfE rule 187: a child in the OC2 cohort (looked after 12 months at 31 March) cannot also have
 * adoption (AD1) or care-leaver (OC3) data; the rows holding such data are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { AD1_FIELDS, OC3_FIELDS } from '../codes.ts';
import { continuouslyLookedAfter } from '../cohorts.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '187',
  message:
    'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
  affectedFields: [...AD1_FIELDS, ...OC3_FIELDS],
  tables: ['OC3', 'AD1', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const cohort = continuouslyLookedAfter(data);
    const inCohort = (row: Parameters<typeof val>[0]) => cohort.has(val(row, 'CHILD') ?? '');
    return [
      ...flagRows(
        'AD1',
        whereRows(rowsOf(data, 'AD1'), (row) => inCohort(row) && AD1_FIELDS.some((f) => has(row, f))),
      ),
      ...flagRows(
        'OC3',
        whereRows(rowsOf(data, 'OC3'), (row) => inCohort(row) && OC3_FIELDS.some((f) => has(row, f))),
      ),
    ];
  },
});
