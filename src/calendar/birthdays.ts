/** Birthdays that returns count by. */
import { addYears } from './dates.ts';

/** The 17th to 21st birthday falling in the collection year `start` to `end` (903 OC3 cohort, RETURNS.md 1.1). */
export function birthdayInYear(
  dob: string | undefined,
  start: string,
  end: string,
): { date: string; age: number } | null {
  if (dob === undefined) return null;
  for (let age = 17; age <= 21; age += 1) {
    const date = addYears(dob, age);
    if (date >= start && date <= end) return { date, age };
  }
  return null;
}
