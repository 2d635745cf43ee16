/** Test data for DfE rule 556: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { adoption } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-556.ts';

export const cases: RuleCase[] = [
  adoption(rule, { LS: 'D1', DECOM: '01/06/2005' }, { DATE_PLACED: '01/05/2005' }, { DATE_PLACED: '01/07/2005' }, [
    'Episodes:1',
  ]),
];
