/** What the generator accepts; kept apart so the CLI can check options without loading the generator. */

/** Children aged 0-17: from a small district to the largest English county (Kent has about 350,000). */
export const MIN_POPULATION = 1000;
export const MAX_POPULATION = 2_000_000;
export const MAX_YEARS = 15;
