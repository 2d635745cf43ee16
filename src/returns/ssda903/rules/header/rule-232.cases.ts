/** Test data for DfE rule 232: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-232.ts';

export const cases: RuleCase[] = [
  { rule: rule, tables: { Header: [{ SEX: 'F' }, { SEX: 'U' }] }, flagged: ['Header:1'] },
];
