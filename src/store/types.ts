/**
 * How column values come back from either backend: `date` stays a 'YYYY-MM-DD' string (no time zone
 * shifts), counts and numerics become numbers (our figures are far below 2^53).
 */
export const DATE_OID = 1082;
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

export const valueParsers: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (value) => value,
  [INT8_OID]: (value) => Number(value),
  [NUMERIC_OID]: (value) => Number(value),
};
