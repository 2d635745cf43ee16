/**
 * DfE rule 218: an Ofsted URN is needed for episodes open on or after 1 April, except for placement
 * types without a registered provider and placements outside England. H5 and P2 lost their exemption
 * in 2023-24 (supported accommodation became Ofsted-registered); from 2025-26 Z11-Z14 replace Z1 and
 * "outside England" is read from the PL_LA codes CON, NIR, SCO, WAL, NUK.
 * Short-break episodes (V3/V4) are left out: rule 214 forbids a URN on them, and a return cannot satisfy
 * both (the open validator flags such episodes under both rules; we side with 214, see docs/RULES.md).
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { collectionStart, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const BASE = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'];

function startsOutsideEngland(row: Row): boolean {
  return /^[NWSC]/.test((val(row, 'PL_LA') ?? '').toUpperCase());
}

function listedOutsideEngland(row: Row): boolean {
  return ['CON', 'NIR', 'SCO', 'WAL', 'NUK'].includes((val(row, 'PL_LA') ?? '').toUpperCase());
}

function version(years: RuleInfo['years'], exempt: string[], outsideEngland: (row: Row) => boolean): Rule903 {
  return defineRule({
    code: '218',
    message: 'Ofsted Unique reference number (URN) is required.',
    affectedFields: ['URN'],
    tables: ['Episodes'],
    years,
    validate: (data) => {
      const start = collectionStart(data);
      return flagRows(
        'Episodes',
        whereRows(rowsOf(data, 'Episodes'), (row) => {
          const dec = dateOf(row, 'DEC');
          const openInYear = !has(row, 'DEC') || (dec !== null && dec >= start);
          const shortBreak = inCodes(val(row, 'LS'), RESPITE_LS);
          return (
            openInYear && !shortBreak && !has(row, 'URN') && !inCodes(val(row, 'PLACE'), exempt) && !outsideEngland(row)
          );
        }),
      );
    },
  });
}

export const rule218Until2023: Rule903 = version(
  { from: FIRST_MODELLED_YEAR, to: 2023 },
  [...BASE, 'H5', 'P2', 'Z1'],
  startsOutsideEngland,
);
export const rule218In2024And2025: Rule903 = version({ from: 2024, to: 2025 }, [...BASE, 'Z1'], startsOutsideEngland);
export const rule218From2026: Rule903 = version(
  { from: 2026 },
  [...BASE, 'Z11', 'Z12', 'Z13', 'Z14'],
  listedOutsideEngland,
);

export const ruleVersions: Rule903[] = [rule218Until2023, rule218In2024And2025, rule218From2026];
