/**
 * DfE rule 399: a child looked after only on short breaks (every episode LS V3/V4) has no MOTHER,
 * review or participation data. Flags the child's episodes, Header row and review rows.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { RESPITE_LS } from '../codes.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '399',
  message:
    'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
  affectedFields: ['MOTHER', 'LS', 'REVIEW', 'REVIEW_CODE'],
  tables: ['Episodes', 'Header', 'Reviews'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const header = rowsOf(data, 'Header');
    const reviews = rowsOf(data, 'Reviews');
    if (header.length === 0 || reviews.length === 0) return [];
    const headerByChild = groupByChild(header);
    const reviewsByChild = groupByChild(reviews);
    const bad = { Episodes: [] as number[], Header: [] as number[], Reviews: [] as number[] };
    for (const [child, rows] of groupByChild(episodes)) {
      if (!rows.every((i) => inCodes(val(episodes[i], 'LS'), RESPITE_LS))) continue;
      const headerRows = headerByChild.get(child) ?? [];
      const reviewRows = reviewsByChild.get(child) ?? [];
      const hasMother = headerRows.some((i) => has(header[i], 'MOTHER'));
      const hasReview = reviewRows.some((i) => has(reviews[i], 'REVIEW') || has(reviews[i], 'REVIEW_CODE'));
      if (!hasMother && !hasReview) continue;
      bad.Episodes.push(...rows);
      bad.Header.push(...headerRows);
      bad.Reviews.push(...reviewRows);
    }
    return [
      ...flagRows('Episodes', bad.Episodes),
      ...flagRows('Header', bad.Header),
      ...flagRows('Reviews', bad.Reviews),
    ];
  },
});
