/** Test data for DfE rule 377: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-377.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: { Episodes: ['A', 'A', 'B', 'B', 'B'].map((child) => ({ CHILD: child, PLACE: 'T3' })) },
    flagged: ['Episodes:2', 'Episodes:3', 'Episodes:4'],
  },
];
