/** Integrity check INT32 (open validator, not a DfE code): Header has one row per child. */
import { defineRule } from './helpers.ts';
import { childRepeated } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT32: Rule903 = defineRule({
  code: 'INT32',
  message: 'Internal Check: Child should only exist once in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childRepeated(data, 'Header'));
