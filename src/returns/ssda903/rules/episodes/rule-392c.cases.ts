/** Test data for DfE rule 392c: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { openPostcodeDirectory } from '../../../io/ons-postcodes.ts';
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-392c.ts';

const postcodes = openPostcodeDirectory();

export const cases: RuleCase[] = [
  // Without the directory, only the form is checked.
  rows(rule, 'Episodes', { HOME_POST: 'AB1 0JD', PL_POST: 'AB10JD' }, { HOME_POST: 'NOT A CODE', PL_POST: null }),
  // With it, a well-formed postcode ONS has never issued is invalid; a terminated one (AB1 0JD) and any
  // spacing or case of a live one (SW1A 1AA) are valid.
  {
    ...rows(
      rule,
      'Episodes',
      { HOME_POST: 'AB1 0JD', PL_POST: 'sw1a1aa' },
      { HOME_POST: 'SW1A 1AA', PL_POST: 'ZZ9 9ZZ' },
    ),
    meta: { postcodes },
  },
];
