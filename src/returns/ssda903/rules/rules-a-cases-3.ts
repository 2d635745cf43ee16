/** Hand-written cases for rules 301-399 (2022-23 dates unless the rule starts later). */
import type { Row } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import { rule301 } from './rule-301.ts';
import { rule302 } from './rule-302.ts';
import { rule303 } from './rule-303.ts';
import { rule304 } from './rule-304.ts';
import { rule331 } from './rule-331.ts';
import { rule333 } from './rule-333.ts';
import { rule334 } from './rule-334.ts';
import { rule335 } from './rule-335.ts';
import { rule336 } from './rule-336.ts';
import { rule344 } from './rule-344.ts';
import { rule345 } from './rule-345.ts';
import { rule347 } from './rule-347.ts';
import { rule348 } from './rule-348.ts';
import { rule351 } from './rule-351.ts';
import { rule352 } from './rule-352.ts';
import { rule353 } from './rule-353.ts';
import { rule354 } from './rule-354.ts';
import { rule355 } from './rule-355.ts';
import { rule356 } from './rule-356.ts';
import { rule357 } from './rule-357.ts';
import { rule358 } from './rule-358.ts';
import { rule359 } from './rule-359.ts';
import { rule361 } from './rule-361.ts';
import { rule362 } from './rule-362.ts';
import { rule363 } from './rule-363.ts';
import { rule364 } from './rule-364.ts';
import { rule365 } from './rule-365.ts';
import { rule366 } from './rule-366.ts';
import { rule367 } from './rule-367.ts';
import { rule370From2024, rule370Until2023 } from './rule-370.ts';
import { rule371From2025, rule371In2024, rule371Until2023 } from './rule-371.ts';
import { rule372 } from './rule-372.ts';
import { rule373 } from './rule-373.ts';
import { rule374 } from './rule-374.ts';
import { rule375 } from './rule-375.ts';
import { rule376 } from './rule-376.ts';
import { rule377 } from './rule-377.ts';
import { rule378 } from './rule-378.ts';
import { rule379 } from './rule-379.ts';
import { rule380 } from './rule-380.ts';
import { rule381 } from './rule-381.ts';
import { rule382 } from './rule-382.ts';
import { rule383From2026, rule383Until2025 } from './rule-383.ts';
import { rule384 } from './rule-384.ts';
import { rule385 } from './rule-385.ts';
import { rule386 } from './rule-386.ts';
import { rule387 } from './rule-387.ts';
import { rule388 } from './rule-388.ts';
import { rule389 } from './rule-389.ts';
import { rule390 } from './rule-390.ts';
import { rule391 } from './rule-391.ts';
import { rule392a } from './rule-392a.ts';
import { rule392b } from './rule-392b.ts';
import { rule392c } from './rule-392c.ts';
import { rule392d } from './rule-392d.ts';
import { rule393 } from './rule-393.ts';
import { rule398 } from './rule-398.ts';
import { rule399 } from './rule-399.ts';
import type { Rule903 } from './rule.ts';

/** Rows of one table: the first passes, the second is flagged. */
function pair(rule: Rule903, table: string, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, year, tables: { [table]: [good, bad] }, flagged: [`${table}:1`] };
}

/** Children A and B with the given dates of birth and one episode each; B's episode is flagged. */
function aged(rule: Rule903, dobs: [string, string], episode: Row, alsoHeader = false, year?: number): RuleCase {
  return {
    rule, year,
    tables: {
      Header: [{ CHILD: 'A', DOB: dobs[0] }, { CHILD: 'B', DOB: dobs[1] }],
      Episodes: [{ CHILD: 'A', ...episode }, { CHILD: 'B', ...episode }],
    },
    flagged: alsoHeader ? ['Episodes:1', 'Header:1'] : ['Episodes:1'],
  };
}

/** Child A has an episode ending `okUntil`, B one ending `tooLongUntil` (both from 1 May 2022); B is flagged. */
function lasting(rule: Rule903, ls: string, okUntil: string, tooLongUntil: string, place?: string): RuleCase {
  const episode = { DECOM: '01/05/2022', LS: ls, ...(place ? { PLACE: place } : {}) };
  return pair(rule, 'Episodes', { CHILD: 'A', ...episode, DEC: okUntil }, { CHILD: 'B', ...episode, DEC: tooLongUntil });
}

export const cases300s: RuleCase[] = [
  pair(rule301, 'Header', { DOB: '01/01/2023' }, { DOB: '01/05/2023' }),
  aged(rule302, ['01/01/2015', '01/01/2023'], { DECOM: '01/05/2022' }, true),
  {
    rule: rule303,
    tables: {
      Header: [{ CHILD: 'A', UASC: '1' }, { CHILD: 'B', UASC: '0' }],
      UASC: [{ CHILD: 'A', DUC: '01/01/2023' }, { CHILD: 'B', DUC: '01/01/2023' }],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
  pair(rule304, 'UASC', { DOB: '01/01/2005', DUC: '01/01/2023' }, { DOB: '01/01/2004', DUC: '01/06/2022' }),
  {
    rule: rule331,
    tables: {
      AD1: [{ CHILD: 'A', DATE_MATCH: '01/05/2022' }, { CHILD: 'B', DATE_MATCH: '01/07/2022' }],
      Episodes: [{ CHILD: 'A', DECOM: '01/06/2022', REC: 'E11' }, { CHILD: 'B', DECOM: '01/06/2022', REC: 'E11' }],
    },
    flagged: ['AD1:1', 'Episodes:1'],
  },
  pair(rule333, 'AD1', { DATE_INT: '01/01/2022', DATE_MATCH: '01/02/2022' }, { DATE_INT: '01/03/2022', DATE_MATCH: '01/02/2022' }),
  {
    rule: rule334,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/01/2021', RNE: 'S' }, { CHILD: 'B', DECOM: '01/06/2022', RNE: 'S' }],
      AD1: [{ CHILD: 'A', DATE_INT: '01/01/2022' }, { CHILD: 'B', DATE_INT: '01/01/2022' }],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
  {
    rule: rule335,
    tables: {
      Episodes: [{ CHILD: 'A', PLACE: 'A3', REC: 'E11' }, { CHILD: 'B', PLACE: 'A3', REC: 'E11' }],
      AD1: [{ CHILD: 'A', FOSTER_CARE: '1' }, { CHILD: 'B', FOSTER_CARE: '0' }],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
  {
    rule: rule336,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/01/2022', PLACE: 'U1' },
      { CHILD: 'A', DECOM: '01/03/2022', PLACE: 'A3' },
      { CHILD: 'B', DECOM: '01/01/2022', PLACE: 'K2' },
      { CHILD: 'B', DECOM: '01/03/2022', PLACE: 'A4' },
    ] },
    flagged: ['Episodes:3'],
  },
  pair(rule344, 'OC3', { IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }, { IN_TOUCH: 'DIED', ACTIV: 'F1', ACCOM: '0' }),
  pair(rule345, 'OC3', { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }, { IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B1' }),
  pair(rule347, 'OC3', { DOB: '01/01/2004', ACCOM: 'T1' }, { DOB: '01/01/2006', ACCOM: 'T1' }),
  {
    rule: rule348,
    tables: {
      OC3: [{ CHILD: 'A', IN_TOUCH: 'DIED' }, { CHILD: 'B', IN_TOUCH: 'YES' }],
      OC3_last: [{ CHILD: 'A', IN_TOUCH: 'DIED' }, { CHILD: 'B', IN_TOUCH: 'DIED' }],
    },
    flagged: ['OC3:1'],
  },
  pair(rule351, 'Header', { DOB: '01/01/2000' }, { DOB: '01/01/1996' }),
  aged(rule352, ['01/01/2005', '01/01/2003'], { RNE: 'S', DECOM: '01/06/2022' }),
  pair(rule353, 'Episodes', { DECOM: '14/10/1991' }, { DECOM: '13/10/1991' }),
  pair(rule354, 'Episodes', { DECOM: '31/03/2023' }, { DECOM: '01/04/2023' }),
  pair(rule355, 'Episodes', { DECOM: '01/05/2022', DEC: '02/05/2022' }, { DECOM: '01/05/2022', DEC: '01/05/2022' }),
  pair(rule356, 'Episodes', { DECOM: '01/05/2022', DEC: '02/05/2022' }, { DECOM: '01/05/2022', DEC: '30/04/2022' }),
  pair(rule357, 'Episodes', { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S' }, { CHILD: 'B', DECOM: '01/05/2022', RNE: 'P' }),
  aged(rule358, ['01/01/2005', '01/01/2015'], { DECOM: '01/05/2022', LS: 'J1' }, true),
  {
    rule: rule359,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2004' }, { CHILD: 'B', DOB: '01/01/2004' }],
      Episodes: [{ CHILD: 'A', DEC: null, LS: 'V2', PLACE: 'K2' }, { CHILD: 'B', DEC: null, LS: 'C2', PLACE: 'U1' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule361,
    name: 'two police protection episodes back to back make one spell',
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '03/05/2022', LS: 'L1' },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '03/05/2022', LS: 'L1' },
      { CHILD: 'B', DECOM: '03/05/2022', DEC: '06/05/2022', LS: 'L1' },
    ] },
    flagged: ['Episodes:1', 'Episodes:2'],
  },
  lasting(rule362, 'L2', '15/05/2022', '01/06/2022'),
  lasting(rule363, 'L3', '05/05/2022', '10/05/2022'),
  lasting(rule364, 'J2', '15/05/2022', '01/06/2022'),
  lasting(rule365, 'V3', '10/05/2022', '01/06/2022'),
  pair(rule366, 'Episodes', { LS: 'V3', RNE: 'S' }, { LS: 'V3', RNE: 'P' }),
  {
    rule: rule367,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', LS: 'V3' },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/06/2022', LS: 'V3' },
      { CHILD: 'B', DECOM: '01/07/2022', DEC: '01/09/2022', LS: 'V3' },
    ] },
    flagged: ['Episodes:1', 'Episodes:2'],
  },
  aged(rule370Until2023, ['01/01/2005', '01/01/2010'], { DECOM: '01/05/2022', PLACE: 'P2' }),
  aged(rule370From2024, ['01/01/2006', '01/01/2007'], { DECOM: '01/05/2022', PLACE: 'P2' }),
  aged(rule371Until2023, ['01/01/2007', '01/01/2010'], { DECOM: '01/05/2022', PLACE: 'H5' }),
  aged(rule371In2024, ['01/01/2006', '01/01/2008'], { DECOM: '01/05/2023', PLACE: 'H5' }),
  aged(rule371From2025, ['01/01/2007', '01/01/2008'], { DECOM: '01/05/2023', PLACE: 'K3' }),
  aged(rule372, ['01/01/2010', '01/01/2015'], { DECOM: '01/05/2022', PLACE: 'R5' }),
  aged(rule373, ['01/01/2015', '01/01/2020'], { DECOM: '01/05/2022', PLACE: 'S1' }),
  aged(rule374, ['01/01/2005', '01/01/2010'], { DECOM: '01/05/2022', PLACE: 'P3', DEC: null }),
  lasting(rule375, 'C2', '12/06/2022', '13/06/2022', 'T1'),
  lasting(rule376, 'C2', '22/05/2022', '23/05/2022', 'T3'),
  lasting(rule379, 'C2', '08/05/2022', '09/05/2022', 'T4'),
  {
    rule: rule377,
    tables: { Episodes: ['A', 'A', 'B', 'B', 'B'].map((child) => ({ CHILD: child, PLACE: 'T3' })) },
    flagged: ['Episodes:2', 'Episodes:3', 'Episodes:4'],
  },
  pair(rule378, 'Episodes', { PLACE: 'P1', LS: 'C2' }, { PLACE: 'P1', LS: 'V2' }),
  pair(rule380, 'Episodes', { PLACE: 'T1', RNE: 'P' }, { PLACE: 'T1', RNE: 'S' }),
  pair(rule381, 'Episodes', { PLACE: 'T1', REC: 'X1' }, { PLACE: 'T1', REC: 'E4A' }),
  pair(rule382, 'Episodes', { LS: 'C2', PLACE: 'T1' }, { LS: 'V3', PLACE: 'T1' }),
  ...[rule383Until2025, rule383From2026].map((rule): RuleCase => ({
    rule,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
      { CHILD: 'A', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
      { CHILD: 'A', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U1', PL_POST: 'AB1 0JD' },
      { CHILD: 'B', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
      { CHILD: 'B', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
      { CHILD: 'B', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U4', PL_POST: 'AB1 0JD' },
    ] },
    flagged: ['Episodes:5'],
  })),
  {
    rule: rule383From2026,
    name: 'back to the same placement type at a different address',
    tables: { Episodes: [
      { CHILD: 'B', DECOM: '01/05/2022', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 0JD' },
      { CHILD: 'B', DECOM: '01/06/2022', RNE: 'P', PLACE: 'T1', PL_POST: 'CD1 2EF' },
      { CHILD: 'B', DECOM: '01/07/2022', RNE: 'P', PLACE: 'U1', PL_POST: 'GH1 2JK' },
    ] },
    flagged: ['Episodes:2'],
  },
  pair(rule384, 'Episodes', { LS: 'V3', PLACE: 'U2' }, { LS: 'V3', PLACE: 'U1' }),
  pair(rule385, 'Episodes', { DEC: '31/03/2023' }, { DEC: '01/04/2023' }),
  aged(rule386, ['01/01/2010', '01/01/2004'], { REC: 'E11', DEC: '01/06/2022' }),
  aged(rule387, ['01/01/2005', '01/01/2010'], { REC: 'E5', DEC: '01/06/2022' }),
  aged(rule389, ['01/01/2005', '01/01/2008'], { REC: 'E7', DEC: '01/06/2022' }),
  {
    rule: rule388,
    name: "X1 on a child's latest episode",
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
      { CHILD: 'A', DECOM: '01/06/2022', DEC: null, REC: null },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
    ] },
    flagged: ['Episodes:2'],
  },
  pair(rule390, 'Episodes', { REC: 'E11', PLACE: 'A4' }, { REC: 'E11', PLACE: 'U1' }),
  pair(rule391, 'OC3', { DOB: '01/01/2005', IN_TOUCH: 'YES' }, { DOB: '01/01/2008', IN_TOUCH: 'YES' }),
  {
    rule: rule392a,
    tables: {
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
      Episodes: [{ CHILD: 'A', LS: 'C2', PL_DISTANCE: '3.2' }, { CHILD: 'B', LS: 'C2', PL_DISTANCE: null }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule392b,
    tables: {
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
      Episodes: [
        { CHILD: 'A', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: 'CD1 2EF' },
        { CHILD: 'B', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
  pair(rule392c, 'Episodes', { HOME_POST: 'AB1 0JD', PL_POST: 'AB10JD' }, { HOME_POST: 'NOT A CODE', PL_POST: null }),
  pair(rule392d, 'Episodes', { PLACE: 'P1', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' }, { PLACE: 'U1', HOME_POST: 'AB1 0JD', PL_POST: 'AB10JD' }),
  ...([[2023, '2'], [2025, 'F']] as const).map(([year, female]): RuleCase => ({
    rule: rule393,
    year,
    tables: {
      Header: [{ CHILD: 'A', SEX: female, MOTHER: '0' }, { CHILD: 'B', SEX: female, MOTHER: null }],
      Episodes: [{ CHILD: 'A', LS: 'C2' }, { CHILD: 'B', LS: 'C2' }],
    },
    flagged: ['Header:1'],
  })),
  pair(rule398, 'Episodes', { LS: 'C2', HOME_POST: 'AB1 0JD' }, { LS: 'V4', HOME_POST: 'AB1 0JD' }),
  {
    rule: rule399,
    tables: {
      Episodes: [{ CHILD: 'A', LS: 'V3' }, { CHILD: 'B', LS: 'V3' }],
      Header: [{ CHILD: 'A', MOTHER: null }, { CHILD: 'B', MOTHER: '0' }],
      Reviews: [{ CHILD: 'C', REVIEW: '01/01/2023', REVIEW_CODE: 'PN1' }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
