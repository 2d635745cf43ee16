/**
 * DfE rule 182: once any OC2 outcome item is given, immunisations, teeth check, health assessment and
 * substance misuse must all be given (otherwise every OC2 item stays blank).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { OC2_OUTCOME_FIELDS, OC2_REQUIRED_FIELDS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '182',
  message:
    'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
  affectedFields: [
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'CONVICTED',
    'HEALTH_CHECK',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'OC2',
      whereRows(
        rowsOf(data, 'OC2'),
        (row) => OC2_OUTCOME_FIELDS.some((f) => has(row, f)) && OC2_REQUIRED_FIELDS.some((f) => !has(row, f)),
      ),
    );
  },
});
