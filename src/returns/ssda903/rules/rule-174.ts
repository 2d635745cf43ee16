/** DfE rule 174: a mother's child's date of birth (MC_DOB) cannot be recorded for a boy. */
import { isMale } from './codes.ts';
import { defineRule, flagRows, has, rowsOf, val, whereRows, type RuleSpec } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function rule(message: string, years: RuleSpec['years']): Rule903 {
  return defineRule({ code: '174', message, affectedFields: ['SEX', 'MC_DOB'], tables: ['Header'], years },
    (data) => flagRows('Header', whereRows(rowsOf(data, 'Header'),
      (row) => has(row, 'MC_DOB') && isMale(val(row, 'SEX'), data.meta.year))));
}

export const rule174Until2024: Rule903 = rule(
  "Mother's child date of birth is recorded but gender shows that the child is a male.", { from: FIRST_MODELLED_YEAR, to: 2024 });
export const rule174From2025: Rule903 = rule(
  "Mother's child date of birth is recorded but sex shows that the child is a male.", { from: 2025 });
