/**
 * DfE rule 191: a child in the OC2 cohort needs immunisations, teeth check, health assessment and
 * substance misuse completed. A cohort child with no OC2 row at all is flagged on their first episode.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { OC2_REQUIRED_FIELDS } from '../codes.ts';
import { continuouslyLookedAfter } from '../cohorts.ts';
import { episodesByChild } from '../episodes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '191',
  message:
    'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
  affectedFields: ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'CHILD'],
  tables: ['OC2', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = rowsOf(data, 'OC2');
    const inOc2 = new Set(oc2.map((row) => val(row, 'CHILD')));
    const missingRows: number[] = [];
    for (const [child, ordered] of episodesByChild(rowsOf(data, 'Episodes'))) {
      if (cohort.has(child) && !inOc2.has(child) && ordered[0] !== undefined) missingRows.push(ordered[0]);
    }
    return [
      ...flagRows(
        'OC2',
        whereRows(oc2, (row) => cohort.has(val(row, 'CHILD') ?? '') && OC2_REQUIRED_FIELDS.some((f) => !has(row, f))),
      ),
      ...flagRows('Episodes', missingRows),
    ];
  },
});
