/**
 * Own tests for the CIN rules: a failing and a passing synthetic case per rule listed, plus the helpers
 * and the registry. The conformance test covers every rule against the open validator's cases.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatasetCin, Row, TablesCin } from '../dataset.ts';
import { isoDate, yesNo } from './helpers.ts';
import { RULES_CIN, findRule, rulesFor } from './registry.ts';

function dataset(tables: TablesCin, year = 2025): DatasetCin {
  return { tables, meta: { year, referenceDate: `${year}-03-31`, collectionStart: `${year - 1}-04-01` } };
}

const child = (extra: Row = {}): Row => ({ LAchildID: 'C1', ...extra });
const episode = (extra: Row = {}): Row => ({ LAchildID: 'C1', CINdetailsID: '1', ...extra });

interface Case {
  code: string;
  year?: number;
  failing: TablesCin;
  passing: TablesCin;
}

const CASES: Case[] = [
  { code: '100', failing: { Header: [{ Year: '2025', ReferenceDate: '2025-03-30' }] }, passing: { Header: [{ Year: '2025', ReferenceDate: '2025-03-31' }] } },
  { code: '1510', failing: { ChildIdentifiers: [child({ UPN: 'B950000178301' })] }, passing: { ChildIdentifiers: [child({ UPN: 'A950000178301' })] } },
  { code: '1530', failing: { ChildIdentifiers: [child({ UPN: 'A999000178301' })] }, passing: { ChildIdentifiers: [child({ UPN: 'A943000178301' })] } },
  { code: '1570', failing: { ChildIdentifiers: [child({ LAchildID: 'X'.repeat(21) })] }, passing: { ChildIdentifiers: [child({ LAchildID: 'X'.repeat(20) })] } },
  { code: '4180', year: 2024, failing: { ChildIdentifiers: [child({ GenderCurrent: 'M' })] }, passing: { ChildIdentifiers: [child({ GenderCurrent: '9' })] } },
  { code: '4180', year: 2025, failing: { ChildIdentifiers: [child({ Sex: '1' })] }, passing: { ChildIdentifiers: [child({ Sex: 'U' })] } },
  { code: '8525Q', failing: { ChildIdentifiers: [child()] }, passing: { ChildIdentifiers: [child({ PersonBirthDate: '2020-01-01' })] } },
  { code: '8600', failing: { CINdetails: [episode({ CINreferralDate: '2025-13-01' })] }, passing: { CINdetails: [episode({ CINreferralDate: '2025-03-31' })] } },
  { code: '8640', year: 2025, failing: { CINdetails: [episode({ ReasonForClosure: 'RC10' })] }, passing: { CINdetails: [episode({ ReasonForClosure: 'RC9' })] } },
  // 8670Q: Sunday 26 Jan 2025 is 46 working days before 31 March 2025 (flagged); Monday 27 Jan is exactly 45 (not).
  { code: '8670Q', failing: { Assessments: [episode({ AssessmentActualStartDate: '2025-01-26' })] }, passing: { Assessments: [episode({ AssessmentActualStartDate: '2025-01-27' })] } },
  { code: '8675Q', failing: { Section47: [episode({ S47ActualStartDate: '2025-03-07', ICPCnotRequired: 'false' })] }, passing: { Section47: [episode({ S47ActualStartDate: '2025-03-07', ICPCnotRequired: 'true' })] } },
  { code: '8569Q', failing: { CINdetails: [episode({ CINreferralDate: '2024-03-27', ReferralNFA: 'true' })] }, passing: { CINdetails: [episode({ CINreferralDate: '2024-03-28', ReferralNFA: 'true' })] } },
  { code: '8750', year: 2025, failing: { ChildIdentifiers: [child({ ExpectedPersonBirthDate: '2025-06-01', Sex: 'F' })] }, passing: { ChildIdentifiers: [child({ ExpectedPersonBirthDate: '2025-06-01', Sex: 'U' })] } },
  { code: '8770Q', year: 2025, failing: { ChildIdentifiers: [child({ PersonBirthDate: '2019-08-31', UPNunknown: 'UN1' })], CINdetails: [episode({ ReferralNFA: '0' })] }, passing: { ChildIdentifiers: [child({ PersonBirthDate: '2019-09-01', UPNunknown: 'UN1' })], CINdetails: [episode({ ReferralNFA: '0' })] } },
  { code: '1103', failing: { Assessments: [episode({ AssessmentActualStartDate: '2024-05-01' })], CINdetails: [episode({ CINreferralDate: '2024-05-02' })] }, passing: { Assessments: [episode({ AssessmentActualStartDate: '2024-05-02' })], CINdetails: [episode({ CINreferralDate: '2024-05-02' })] } },
  { code: '4001', failing: { CINplanDates: [episode()], ChildProtectionPlans: [episode()] }, passing: { CINplanDates: [episode({ CINPlanEndDate: '2024-06-01' })], ChildProtectionPlans: [episode()] } },
  { code: '4004', failing: { CINplanDates: [episode(), episode()] }, passing: { CINplanDates: [episode(), episode({ CINPlanEndDate: '2024-06-01' })] } },
  { code: '4014', failing: { CINplanDates: [episode({ CINPlanStartDate: '2024-05-01', CINPlanEndDate: '2024-06-01' }), episode({ CINPlanStartDate: '2024-06-01' })] }, passing: { CINplanDates: [episode({ CINPlanStartDate: '2024-05-01', CINPlanEndDate: '2024-06-01' }), episode({ CINPlanStartDate: '2024-06-02' })] } },
  { code: '8820', failing: { CINdetails: [episode({ CINreferralDate: '2024-05-01', CINclosureDate: '2024-06-01' }), episode({ CINdetailsID: '2', CINreferralDate: '2024-05-31' })] }, passing: { CINdetails: [episode({ CINreferralDate: '2024-05-01', CINclosureDate: '2024-06-01' }), episode({ CINdetailsID: '2', CINreferralDate: '2024-06-01' })] } },
  { code: '8935', failing: { ChildProtectionPlans: [episode({ CPPID: '1' }), episode({ CINdetailsID: '2', CPPID: '1' })] }, passing: { ChildProtectionPlans: [episode({ CPPID: '1' }), episode({ CINdetailsID: '2', CPPID: '1', CPPendDate: '2024-06-01' })] } },
  { code: '8869', failing: { Assessments: [episode({ AssessmentID: '1', AssessmentFactors: '21' }), episode({ AssessmentID: '1', AssessmentFactors: '2A' })] }, passing: { Assessments: [episode({ AssessmentID: '1', AssessmentFactors: '21' }), episode({ AssessmentID: '2', AssessmentFactors: '2A' })] } },
  { code: '8898', failing: { Assessments: [episode({ AssessmentID: '1', AssessmentFactors: '2A' }), episode({ AssessmentID: '1', AssessmentFactors: '2A' })] }, passing: { Assessments: [episode({ AssessmentID: '1', AssessmentFactors: '2A' }), episode({ AssessmentID: '2', AssessmentFactors: '2A' })] } },
  { code: '8945Q', failing: { Assessments: [episode({ AssessmentFactors: '18a' })] }, passing: { Assessments: [episode({ AssessmentFactors: '18B' })] } },
  { code: '2883', failing: { ChildProtectionPlans: [episode({ CPPstartDate: '2024-05-01' })] }, passing: { ChildProtectionPlans: [episode({ CPPstartDate: '2024-05-01' })], Section47: [episode({ DateOfInitialCPC: '2024-05-01' })] } },
  { code: '2886Q', year: 2025, failing: { ChildIdentifiers: [child({ Sex: 'U' }), child({ LAchildID: 'C2', Sex: 'F' })] }, passing: { ChildIdentifiers: [child({ Sex: 'U', ExpectedPersonBirthDate: '2025-06-01' }), child({ LAchildID: 'C2', Sex: 'F' })] } },
];

describe('CIN rules: own cases', () => {
  for (const { code, year = 2025, failing, passing } of CASES) {
    test(`${code} (${year})`, () => {
      const rule = findRule(code, year);
      assert.ok(rule, `rule ${code} missing for ${year}`);
      assert.ok(rule.validate(dataset(failing, year)).length > 0, 'failing case not flagged');
      assert.deepEqual(rule.validate(dataset(passing, year)), [], 'passing case flagged');
    });
  }
});

describe('CIN rule set', () => {
  test('every code is in force for 2025-26, with 26 queries among about 110 codes', () => {
    const codes = new Set(rulesFor(2026).map((rule) => rule.code));
    assert.equal(codes.size, 109);
    assert.equal([...codes].filter((code) => code.endsWith('Q')).length, 26);
  });
  test('rules added in 2024-25 are not applied to 2023-24', () => {
    assert.equal(findRule('1570', 2024), undefined);
    assert.equal(findRule('4180', 2024)?.affectedFields[0], 'GenderCurrent');
    assert.equal(findRule('4180', 2025)?.affectedFields[0], 'Sex');
  });
  test('severity follows the code', () => {
    for (const rule of RULES_CIN) assert.equal(rule.severity, rule.code.endsWith('Q') ? 'query' : 'error');
  });
  test('a rule tolerates a return with no tables at all', () => {
    for (const rule of RULES_CIN) assert.ok(Array.isArray(rule.validate(dataset({}, rule.years.from))));
  });
});

describe('helpers', () => {
  test('dates are strict yyyy-mm-dd that exist', () => {
    assert.equal(isoDate('2024-02-29'), '2024-02-29');
    assert.equal(isoDate('2023-02-29'), null);
    assert.equal(isoDate('2024-13-01'), null);
    assert.equal(isoDate('31/03/2024'), null);
  });
  test('yes/no accepts the schema values only', () => {
    assert.deepEqual(['TRUE', '1', 'false', '0', 'yes', null].map(yesNo), [true, true, false, false, null, null]);
  });
});
