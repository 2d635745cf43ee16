/**
 * Hand-written cases for EPI, NoE, INT01-INT36, the social worker rules and DoLo rules 700-710; see rules-b.test.ts.
 */
import type { Row } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import type { Rule903 } from './rule.ts';
import { rule700 } from './rule-700.ts';
import { rule701 } from './rule-701.ts';
import { rule702 } from './rule-702.ts';
import { rule703 } from './rule-703.ts';
import { rule704 } from './rule-704.ts';
import { rule705 } from './rule-705.ts';
import { rule706 } from './rule-706.ts';
import { rule707 } from './rule-707.ts';
import { rule708 } from './rule-708.ts';
import { rule709 } from './rule-709.ts';
import { rule710 } from './rule-710.ts';
import { ruleEPI } from './rule-EPI.ts';
import { ruleNoE } from './rule-NoE.ts';
import { ruleINT01 } from './rule-INT01.ts';
import { ruleINT02 } from './rule-INT02.ts';
import { ruleINT03 } from './rule-INT03.ts';
import { ruleINT04 } from './rule-INT04.ts';
import { ruleINT05 } from './rule-INT05.ts';
import { ruleINT06 } from './rule-INT06.ts';
import { ruleINT07 } from './rule-INT07.ts';
import { ruleINT08 } from './rule-INT08.ts';
import { ruleINT09 } from './rule-INT09.ts';
import { ruleINT11 } from './rule-INT11.ts';
import { ruleINT12 } from './rule-INT12.ts';
import { ruleINT13 } from './rule-INT13.ts';
import { ruleINT14 } from './rule-INT14.ts';
import { ruleINT15 } from './rule-INT15.ts';
import { ruleINT16 } from './rule-INT16.ts';
import { ruleINT17 } from './rule-INT17.ts';
import { ruleINT18 } from './rule-INT18.ts';
import { ruleINT21 } from './rule-INT21.ts';
import { ruleINT31 } from './rule-INT31.ts';
import { ruleINT32 } from './rule-INT32.ts';
import { ruleINT33 } from './rule-INT33.ts';
import { ruleINT34 } from './rule-INT34.ts';
import { ruleINT35 } from './rule-INT35.ts';
import { ruleINT36 } from './rule-INT36.ts';
import { socialWorkerCases } from './rules-b-cases-sw.ts';

function rows(rule: Rule903, table: string, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, ...(year ? { year } : {}), tables: { [table]: [good, bad] }, flagged: [`${table}:1`] };
}

const HEADER: Row[] = [{ CHILD: 'A', DOB: '01/01/2010', SEX: '1' }];

function notInHeader(rule: Rule903, table: string): RuleCase {
  return { rule, tables: { Header: HEADER, [table]: [{ CHILD: 'A' }, { CHILD: 'B' }] }, flagged: [`${table}:1`] };
}

function differsFromHeader(rule: Rule903, table: string, column: string, bad: string): RuleCase {
  const good = HEADER[0]![column] ?? null;
  return {
    rule,
    tables: { Header: HEADER, [table]: [{ CHILD: 'A', [column]: good }, { CHILD: 'A', [column]: bad }] },
    flagged: [`${table}:1`],
  };
}

function repeated(rule: Rule903, table: string): RuleCase {
  return { rule, tables: { [table]: [{ CHILD: 'A' }, { CHILD: 'B' }, { CHILD: 'B' }] }, flagged: [`${table}:1`, `${table}:2`] };
}

/** DoLO overlapping an episode of child A (placement `good`) and child B (placement `bad`). */
function doloPlacement(rule: Rule903, good: string, bad: string): RuleCase {
  return {
    rule,
    tables: {
      DoLo: [
        { CHILD: 'A', DOLO_START: '01/06/2026', DOLO_END: '01/08/2026' },
        { CHILD: 'B', DOLO_START: '01/06/2026', DOLO_END: '01/08/2026' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2026', DEC: null, PLACE: good },
        { CHILD: 'B', DECOM: '01/05/2026', DEC: null, PLACE: bad },
      ],
    },
    flagged: ['DoLo:1', 'Episodes:1'],
  };
}

export const casesOther: RuleCase[] = [
  {
    rule: ruleEPI,
    tables: { Header: [{ CHILD: 'A' }, { CHILD: 'B' }, { CHILD: 'C' }], Episodes: [{ CHILD: 'A' }], OC3: [{ CHILD: 'C' }] },
    flagged: ['Header:1'],
  },
  {
    rule: ruleNoE,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/01/2022' }, { CHILD: 'B', DECOM: '01/01/2022' }, { CHILD: 'C', DECOM: '01/06/2022' }],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2022' }],
    },
    flagged: ['Episodes:1'],
  },
  notInHeader(ruleINT01, 'AD1'),
  notInHeader(ruleINT02, 'PlacedAdoption'),
  notInHeader(ruleINT03, 'Episodes'),
  notInHeader(ruleINT04, 'Missing'),
  notInHeader(ruleINT05, 'OC2'),
  notInHeader(ruleINT06, 'OC3'),
  notInHeader(ruleINT07, 'PrevPerm'),
  notInHeader(ruleINT08, 'Reviews'),
  notInHeader(ruleINT09, 'UASC'),
  differsFromHeader(ruleINT11, 'AD1', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT12, 'PlacedAdoption', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT13, 'Missing', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT14, 'OC2', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT15, 'OC3', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT16, 'PrevPerm', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT17, 'Reviews', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT18, 'UASC', 'DOB', '02/01/2010'),
  differsFromHeader(ruleINT21, 'UASC', 'SEX', '2'),
  repeated(ruleINT31, 'AD1'),
  repeated(ruleINT32, 'Header'),
  repeated(ruleINT33, 'OC2'),
  repeated(ruleINT34, 'OC3'),
  repeated(ruleINT35, 'PrevPerm'),
  repeated(ruleINT36, 'UASC'),
  ...socialWorkerCases,
  rows(rule700, 'DoLo', { DOLO_START: '01/06/2026' }, { DOLO_START: null }),
  rows(rule701, 'DoLo', { DOLO_END: null }, { DOLO_END: '2026/06/01' }),
  rows(rule702, 'DoLo', { DOLO_START: '01/06/2026', DOLO_END: '02/06/2026' }, { DOLO_START: '01/06/2026', DOLO_END: '01/06/2026' }),
  rows(rule703, 'DoLo', { DOLO_START: '31/03/2027' }, { DOLO_START: '01/04/2027' }),
  rows(rule704, 'DoLo', { DOLO_END: '01/04/2026' }, { DOLO_END: '31/03/2026' }),
  {
    rule: rule705,
    tables: { DoLo: [
      { CHILD: 'A', DOLO_START: '01/05/2026', DOLO_END: '01/06/2026' },
      { CHILD: 'A', DOLO_START: '02/06/2026', DOLO_END: null },
      { CHILD: 'B', DOLO_START: '01/05/2026', DOLO_END: null },
      { CHILD: 'B', DOLO_START: '02/06/2026', DOLO_END: '01/07/2026' },
    ] },
    flagged: ['DoLo:3'],
  },
  {
    rule: rule706,
    tables: {
      DoLo: [{ CHILD: 'A', DOLO_START: '01/02/2026' }],
      DoLo_last: [{ CHILD: 'A', DOLO_START: '01/02/2026', DOLO_END: null }, { CHILD: 'B', DOLO_START: '01/02/2026', DOLO_END: null }],
    },
    flagged: ['DoLo_last:1'],
  },
  {
    rule: rule707,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2026', DEC: '01/09/2026' }, { CHILD: 'B', DECOM: '01/05/2026', DEC: '01/09/2026' }],
      DoLo: [{ CHILD: 'A', DOLO_START: '01/06/2026', DOLO_END: '01/07/2026' }, { CHILD: 'B', DOLO_START: '01/06/2026', DOLO_END: null }],
    },
    flagged: ['DoLo:1'],
  },
  rows(rule708, 'DoLo', { DOB: '01/01/2012', DOLO_START: '01/06/2026' }, { DOB: '01/01/2012', DOLO_START: '01/01/2012' }),
  doloPlacement(rule709, 'K2', 'R1'),
  doloPlacement(rule710, 'K2', 'K1'),
];
