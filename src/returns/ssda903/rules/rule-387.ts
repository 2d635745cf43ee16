/** DfE rule 387: moving to independent living (REC E5, E6) needs the child to be at least 14 when care ends. */
import { ageAtEndRule } from './episode-age-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

export const rule387: Rule903 = ageAtEndRule({
  code: '387',
  message: 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
  affectedFields: ['REC'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
}, ['E5', 'E6'], 14, true);
