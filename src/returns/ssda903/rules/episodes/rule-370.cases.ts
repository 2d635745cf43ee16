/** Test data for DfE rule 370: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule370From2024, rule370Until2023 } from './rule-370.ts';

export const cases: RuleCase[] = [
  aged(rule370Until2023, ['01/01/2005', '01/01/2010'], { DECOM: '01/05/2022', PLACE: 'P2' }),
  aged(rule370From2024, ['01/01/2006', '01/01/2007'], { DECOM: '01/05/2022', PLACE: 'P2' }),
];
