/** Test data for DfE rule 554: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { adoption } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-554.ts';

export const cases: RuleCase[] = [
  adoption(rule, { LS: 'E1', DECOM: '01/06/2022' }, { DATE_PLACED: '01/05/2022' }, { DATE_PLACED: '01/07/2022' }, [
    'Episodes:1',
    'PlacedAdoption:1',
  ]),
];
