/**
 * DfE rule 547: a child with health promotion information (HEALTH_CHECK 1) must also have
 * immunisations, teeth check, health assessment and substance misuse completed.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const HEALTH_ITEMS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];
export const rule: Rule903 = defineRule({
  code: '547',
  message:
    'Any child who has health promotion information completed must also have immunisation, teeth check, health ' +
    'assessment and substance misuse problem identified fields completed.',
  affectedFields: ['HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) => val(row, 'HEALTH_CHECK') === '1' && HEALTH_ITEMS.some((item) => val(row, item) === null),
      ),
    );
  },
});
