/** Integrity check INT02 (open validator, not a DfE code): every child in PlacedAdoption must be in the Header. */
import { defineRule } from './helpers.ts';
import { childNotInHeader } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const ruleINT02: Rule903 = defineRule({
  code: 'INT02',
  message: 'Internal Check: Child in PlacedAdoption does not exist in Header.',
  affectedFields: ['CHILD'],
  tables: ['Header', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
}, (data) => childNotInHeader(data, 'PlacedAdoption'));
