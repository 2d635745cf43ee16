/** Test data for DfE rule SW07STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW07STG2From2025, ruleSW07STG2Until2024 } from './rule-SW07STG2.ts';

export const cases: RuleCase[] = [
  // 2023-24: the period is the collection year (1 April 2023 to 31 March 2024).
  sw(ruleSW07STG2Until2024, { SW_DEC: '01/04/2023' }, { SW_DEC: '31/03/2023' }),
  // 2024-25: the period starts a year earlier, 1 April 2023; an end in 2023-24 is now in the window.
  sw(ruleSW07STG2From2025, { SW_DEC: '31/03/2024' }, { SW_DEC: '31/03/2023' }),
  sw(ruleSW07STG2From2025, { SW_DEC: '01/04/2023' }, { SW_DEC: '01/04/2025' }),
];
