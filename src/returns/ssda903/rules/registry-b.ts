import type { Rule903 } from './rule.ts';

export const rulesB: Rule903[] = [];
