/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it (each word lower-cased, padded with two spaces
 * before and one after, similarity = shared trigrams / all trigrams). pg_trgm is not loaded in the
 * embedded store, so the search narrows candidates in SQL by shared trigrams (LIKE) and ranks them here.
 */

/** The words of a name as pg_trgm sees them: runs of letters and digits, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) set.add(padded.slice(i, i + 3));
  return set;
}

export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  const all = x.size + y.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * How well a name matches what was typed: each typed word against its best word of the name, averaged,
 * so "ava thornbery" finds "Ava Thornbury" and the order of the words does not matter.
 */
export function nameScore(query: string, name: string): number {
  const typed = words(query);
  const named = words(name);
  if (typed.length === 0 || named.length === 0) return 0;
  const best = typed.map((word) => Math.max(...named.map((candidate) => similarity(word, candidate))));
  return best.reduce((sum, value) => sum + value, 0) / typed.length;
}

/** LIKE patterns that find every name sharing a trigram with a typed word (the SQL pre-filter). */
export function likePatterns(query: string): string[] {
  const patterns = new Set<string>();
  for (const word of words(query)) {
    if (word.length < 3) patterns.add(`%${word}%`);
    else for (let i = 0; i + 3 <= word.length; i += 1) patterns.add(`%${word.slice(i, i + 3)}%`);
  }
  return [...patterns];
}
