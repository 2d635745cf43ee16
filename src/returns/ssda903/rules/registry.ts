/**
 * All SSDA903 rules, and the set in force for one collection year. Rules are written by code range in
 * two registries (registry-a: codes below 400; registry-b: 400 and above, INT, SW and the rest).
 */
import { rulesA } from './registry-a.ts';
import { rulesB } from './registry-b.ts';
import { appliesIn, type Rule903 } from './rule.ts';

export const allRules: Rule903[] = [...rulesA, ...rulesB];

/** The rules in force for the collection ending 31 March `year` (2025 = 2024-25). */
export function rulesFor(year: number): Rule903[] {
  return allRules.filter((rule) => appliesIn(rule, year));
}
