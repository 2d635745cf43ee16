/** Test data for DfE rule 444: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-444.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: { Header: [{ UPN: 'UN1' }, { UPN: 'UN1' }, { UPN: 'A123456789012' }, { UPN: 'A123456789012' }] },
    flagged: ['Header:2', 'Header:3'],
  },
];
