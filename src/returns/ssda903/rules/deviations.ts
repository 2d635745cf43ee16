/**
 * Where we deliberately differ from the open validator's recorded tests, keyed `<ruleset>/<code>`.
 * Each entry says why. `renameColumns` maps the column names the peer's test invented to the real
 * return's columns, so the case still checks our logic; `skip` drops a case we cannot agree with.
 */
export interface Deviation {
  reason: string;
  renameColumns?: Record<string, string>;
  skip?: boolean;
}

export const deviations: Record<string, Deviation> = {
  'lac2024_25/231': {
    reason: 'The peer rule reads a Header column UASC_STATUS that no 903 file has, so on real data it always '
      + 'crashes. We read the Header UASC flag (derived from the UASC table, rule 105) instead.',
    renameColumns: { UASC_STATUS: 'UASC' },
  },
  'lac2025_26/233': {
    reason: 'The peer rule reads an Episodes column DATE_EPISODE_CEASED that does not exist (the item is DEC), '
      + 'so on real data it always crashes. We read DEC.',
    renameColumns: { DATE_EPISODE_CEASED: 'DEC' },
  },
};
