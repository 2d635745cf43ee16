/**
 * DfE rule 544: a child with conviction information (CONVICTED 1) is a child looked after for 12 months,
 * so immunisations, teeth check, health assessment and substance misuse must all be completed too.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const HEALTH_ITEMS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];
export const rule: Rule903 = defineRule({
  code: '544',
  message:
    'Any child who has conviction information completed must also have immunisation, teeth check, health ' +
    'assessment and substance misuse problem identified fields completed.',
  affectedFields: ['CONVICTED', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) => val(row, 'CONVICTED') === '1' && HEALTH_ITEMS.some((item) => val(row, item) === null),
      ),
    );
  },
});
