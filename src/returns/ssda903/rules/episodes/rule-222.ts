/**
 * DfE rule 222: no URN (other than the placeholder XXXXXXX) for placement types without an Ofsted
 * registered provider. H5 left the list in 2023-24 and P2 in 2024-25 (both withdrawn or registered);
 * Z11-Z14 replace Z1 from 2025-26.
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const BASE = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'];

function version(years: RuleInfo['years'], noUrn: string[]): Rule903 {
  return defineRule({
    code: '222',
    message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    years,
    validate: (data) =>
      flagRows(
        'Episodes',
        whereRows(rowsOf(data, 'Episodes'), (row) => {
          const urn = val(row, 'URN');
          return inCodes(val(row, 'PLACE'), noUrn) && urn !== null && urn !== 'XXXXXXX';
        }),
      ),
  });
}

export const rule222Until2023: Rule903 = version({ from: FIRST_MODELLED_YEAR, to: 2023 }, [...BASE, 'H5', 'P2', 'Z1']);
export const rule222In2024: Rule903 = version({ from: 2024, to: 2024 }, [...BASE, 'P2', 'Z1']);
export const rule222In2025: Rule903 = version({ from: 2025, to: 2025 }, [...BASE, 'Z1']);
export const rule222From2026: Rule903 = version({ from: 2026 }, [...BASE, 'Z11', 'Z12', 'Z13', 'Z14']);

export const ruleVersions: Rule903[] = [rule222Until2023, rule222In2024, rule222In2025, rule222From2026];
