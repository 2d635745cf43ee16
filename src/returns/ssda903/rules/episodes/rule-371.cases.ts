/** Test data for DfE rule 371: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule371From2025, rule371In2024, rule371Until2023 } from './rule-371.ts';

export const cases: RuleCase[] = [
  aged(rule371Until2023, ['01/01/2007', '01/01/2010'], { DECOM: '01/05/2022', PLACE: 'H5' }),
  aged(rule371In2024, ['01/01/2006', '01/01/2008'], { DECOM: '01/05/2023', PLACE: 'H5' }),
  aged(rule371From2025, ['01/01/2007', '01/01/2008'], { DECOM: '01/05/2023', PLACE: 'K3' }),
];
