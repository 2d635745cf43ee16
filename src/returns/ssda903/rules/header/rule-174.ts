/** DfE rule 174: a mother's child's date of birth (MC_DOB) cannot be recorded for a boy. */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { isMale } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function version(message: string, years: RuleInfo['years']): Rule903 {
  return defineRule({
    code: '174',
    message,
    affectedFields: ['SEX', 'MC_DOB'],
    tables: ['Header'],
    years,
    validate: (data) =>
      flagRows(
        'Header',
        whereRows(rowsOf(data, 'Header'), (row) => has(row, 'MC_DOB') && isMale(val(row, 'SEX'), data.meta.year)),
      ),
  });
}

export const rule174Until2024: Rule903 = version(
  "Mother's child date of birth is recorded but gender shows that the child is a male.",
  { from: FIRST_MODELLED_YEAR, to: 2024 },
);
export const rule174From2025: Rule903 = version(
  "Mother's child date of birth is recorded but sex shows that the child is a male.",
  { from: 2025 },
);

export const ruleVersions: Rule903[] = [rule174Until2024, rule174From2025];
