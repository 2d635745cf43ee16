/**
 * DfE rule 432: when the previous episode ended care (REC other than X1), the next episode must be a
 * new period of care (RNE S).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { consecutivePairs, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const CEASED_CARE = [
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
];
export const rule: Rule903 = defineRule({
  code: '432',
  message:
    'The child ceased to be looked after at the end of the previous episode but the reason for the new episode ' +
    'is not started to be looked after.',
  affectedFields: ['RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged = consecutivePairs(episodes, 'DECOM')
      .filter(
        ([previous, current]) =>
          CEASED_CARE.includes(val(episodes[previous], 'REC') ?? '') && val(episodes[current], 'RNE') !== 'S',
      )
      .map(([, current]) => current);
    return flagRows('Episodes', flagged);
  },
});
