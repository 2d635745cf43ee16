/** Test data for DfE rule 100: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { Header: [{ Year: '2025', ReferenceDate: '2025-03-30' }] },
    passing: { Header: [{ Year: '2025', ReferenceDate: '2025-03-31' }] },
  },
];
