import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_KINDS, eventKind } from '../../recording/kinds.ts';
import { codesOffered, formFieldsOf, initialValues, normaliseDate, readForm } from './record-fields.ts';

const kindOf = (name: string) => {
  const kind = eventKind(name);
  assert.ok(kind, name);
  return kind;
};

test('every field of every kind of event has what its form needs (label, input, codes or table)', () => {
  assert.equal(EVENT_KINDS.length, 20);
  for (const kind of EVENT_KINDS) {
    const fields = formFieldsOf(kind);
    assert.ok(fields.length > 0, kind.kind);
    for (const field of fields) {
      assert.ok(field.label.length > 2 && !field.label.startsWith('the '), `${kind.kind}.${field.name}`);
      assert.ok(!field.name.startsWith('_'), 'the form posts its own controls under names starting with _');
      if (field.input === 'code' || field.input === 'codes')
        assert.ok((field.codes ?? []).length > 0, `${kind.kind}.${field.name} has codes`);
      if (field.input === 'record') assert.match(field.table ?? '', /^[a-z_0-9]+$/, `${kind.kind}.${field.name}`);
    }
  }
});

test('the statutory visit form: labels, inputs, what is required, the defaults', () => {
  const fields = formFieldsOf(kindOf('statutory-visit'));
  assert.deepEqual(
    fields.map((field) => [field.name, field.label, field.input, field.required]),
    [
      ['visitDate', 'Date of the visit', 'date', true],
      ['kind', 'Kind of visit', 'code', true],
      ['seen', 'The child was seen', 'yes-no', true],
      ['seenAlone', 'The child was seen alone', 'yes-no', false],
      ['workerId', 'Worker who visited', 'worker', false],
    ],
  );
  assert.deepEqual(initialValues(fields, 'WA1'), { seenAlone: 'no', workerId: 'WA1' });
});

test('plan ends name the plan table of their own kind', () => {
  assert.equal(formFieldsOf(kindOf('cp-plan-end'))[0]?.table, 'cp_plan');
  assert.equal(formFieldsOf(kindOf('cin-plan-end'))[0]?.table, 'cin_plan');
});

test('the posted form becomes the input: blanks left out, dates as typed, yes/no, sets, numbers', () => {
  const visit = formFieldsOf(kindOf('statutory-visit'));
  assert.deepEqual(
    readForm(visit, { _csrf: 'x', visitDate: ' 5/6/2026 ', kind: 'cla', seen: 'yes', seenAlone: 'no', workerId: '' }),
    {
      input: { visitDate: '2026-06-05', kind: 'cla', seen: true, seenAlone: false },
      values: { visitDate: '5/6/2026', kind: 'cla', seen: 'yes', seenAlone: 'no', workerId: '' },
    },
  );
  const authorisation = formFieldsOf(kindOf('assessment-authorisation'));
  assert.deepEqual(readForm(authorisation, { factors: ['1A', '2B'], authorisedDate: '2026-05-20' }).input, {
    authorisedDate: '2026-05-20',
    factors: ['1A', '2B'],
  });
  const plan = formFieldsOf(kindOf('cp-plan-start'));
  assert.equal(readForm(plan, { previousPlans: '2' }).input.previousPlans, 2);
  assert.equal(readForm(plan, { previousPlans: 'two' }).input.previousPlans, 'two', 'left for the schema to refuse');
});

test('a blank form fails the schema with one message per required field, in words', () => {
  const kind = kindOf('statutory-visit');
  const result = kind.schema.safeParse(readForm(formFieldsOf(kind), {}).input);
  assert.equal(result.success, false);
  assert.deepEqual(
    result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    [
      ['visitDate', 'Enter the date of the visit'],
      ['kind', 'Select the kind of visit'],
      ['seen', 'Select whether the child was seen'],
    ],
  );
});

test('dates: ISO kept, day first turned round, anything else left for the schema', () => {
  assert.equal(normaliseDate('2026-03-27'), '2026-03-27');
  assert.equal(normaliseDate('27/3/2026'), '2026-03-27');
  assert.equal(normaliseDate('27 03 2026'), '2026-03-27');
  assert.equal(normaliseDate('soon'), 'soon');
});

test('codes offered are those valid in the collection year of the date, and any already chosen', () => {
  const field = {
    name: 'x',
    label: 'X',
    hint: undefined,
    input: 'code' as const,
    required: true,
    defaultValue: undefined,
    table: undefined,
    codes: [
      { code: 'OLD', label: 'Old', to: 2020 },
      { code: 'NOW', label: 'Now' },
      { code: 'NEW', label: 'New', from: 2030 },
    ],
  };
  assert.deepEqual(
    codesOffered(field, '2026-06-30', []).map((code) => code.code),
    ['NOW'],
  );
  assert.deepEqual(
    codesOffered(field, '2026-06-30', ['OLD']).map((code) => code.code),
    ['OLD', 'NOW'],
  );
});
