/**
 * Proposed entries for deviations.ts (owned by the engine): where rules 400+ knowingly differ from the
 * open validator's recorded tests. Keyed `<ruleset>/<code>` like deviations.ts; merge with
 * `{ ...deviationsB }` there. Each says why.
 */
import type { Deviation } from './deviations.ts';

export const deviationsB: Record<string, Deviation> = {
  'lac2022_23/625': {
    reason: 'The peer compares the first child\'s date of birth with the latest DEC among the young person\'s episodes, '
      + 'skipping one still open, so a mother who moved placement before her child was born and is still looked after '
      + 'is flagged. We compare with 31 March when an episode is still open. The recorded cases pass unchanged.',
  },
  'lac2025_26/SW17STG2': {
    reason: 'The peer asks every child in SWEpisodes to have an episode open at 31 March, so a child who left care '
      + 'during the year and whose social worker then closed the case is an error. The rule is about children '
      + 'looked after at 31 March (an episode with no DEC); the recorded case has no Episodes table, so no child in '
      + 'it is known to be looked after at 31 March and nothing is flagged.',
    expected: [{ SWEpisodes: [] }],
  },
  'lac2023_24/SW01STG1': {
    reason: 'The peer flags the rows of the child\'s open care episode but reports them under SWEpisodes. A child '
      + 'with no social worker episode has no SWEpisodes row to point at, so we flag the Episodes row.',
    expected: [{ Episodes: [0, 1, 2, 6] }],
  },
  'lac2026_27/706': {
    reason: 'The open DoLO is in last year\'s return; the peer reports its row number under this year\'s DoLo table, '
      + 'which points at the wrong row. We flag the row of DoLo_last.',
    expected: [{ DoLo_last: [2] }],
  },
  'lac2026_27/709': {
    reason: 'The peer\'s test names the placement column PLACEMENT; the 903 Episodes item is PLACE. The affected '
      + 'field is PLACE accordingly.',
    renameColumns: { PLACEMENT: 'PLACE' },
    renameAffectedFields: true,
  },
  'lac2026_27/710': {
    reason: 'The peer\'s test names the placement column PLACEMENT; the 903 Episodes item is PLACE. The affected '
      + 'field is PLACE accordingly.',
    renameColumns: { PLACEMENT: 'PLACE' },
    renameAffectedFields: true,
  },
};
