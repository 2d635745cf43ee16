/**
 * DfE rule 543: a child aged 10 or over at 31 March who has been looked after continuously for 12
 * months must have conviction information (OC2 CONVICTED).
 */
import type { Dataset903 } from '../dataset.ts';
import { addYears, dateOf, defineRule, flagRows, rowsOf, val, whereRows } from './helpers.ts';
import { continuouslyLookedAfter } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes) return [];
  const end = data.meta.collectionEnd;
  const cla = continuouslyLookedAfter(data);
  return flagRows('OC2', whereRows(rowsOf(data, 'OC2'), (row) => {
    const dob = dateOf(row, 'DOB');
    return dob !== null && end > addYears(dob, 10) && cla.has(val(row, 'CHILD') ?? '')
      && val(row, 'CONVICTED') === null;
  }));
}

export const rule543: Rule903 = defineRule({
  code: '543',
  message: 'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction '
    + 'information has not been completed.',
  affectedFields: ['DOB', 'CONVICTED'],
  tables: ['Episodes', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
