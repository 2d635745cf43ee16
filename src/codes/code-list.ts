/**
 * A code list: the codes a field may take, each with a label and the collection years it is valid in.
 * Years are the year of the 31 March that ends a collection (2025 = 2024-25). The database holds the
 * union of every year's codes as a CHECK domain (so it rejects codes that never existed); which codes
 * are valid in a given year is a validation rule, decided here.
 */
export interface Code {
  code: string;
  label: string;
  /** First collection year the code is valid in (absent: always). */
  from?: number;
  /** Last collection year the code is valid in (absent: still valid). */
  to?: number;
}

export interface CodeList {
  /** Identifier, also the name of the database domain (`code_<id>`). */
  id: string;
  title: string;
  /** Where the codes come from (DfE specification, or local to Kestrel). */
  source: string;
  codes: Code[];
}

/** Builds codes from `CODE label` lines; an optional `[from-to]` suffix gives the years. */
export function codes(text: string): Code[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.*?)(?:\s+\[(\d{4})?-(\d{4})?\])?$/.exec(line);
      if (!match) throw new Error(`Bad code line: ${line}`);
      const [, code, label, from, to] = match;
      return { code: code!, label: label!, ...(from ? { from: Number(from) } : {}), ...(to ? { to: Number(to) } : {}) };
    });
}

export function isValidIn(code: Code, year: number): boolean {
  return (code.from === undefined || year >= code.from) && (code.to === undefined || year <= code.to);
}
