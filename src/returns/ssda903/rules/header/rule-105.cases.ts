/** Test data for DfE rule 105: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-105.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { fileFormat: 'xml' },
    tables: { Header: [{ UASC: '1' }, { UASC: '3' }] },
    flagged: ['Header:1'],
  },
];
