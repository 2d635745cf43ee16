/**
 * Builder for the rules that check an episode's Ofsted URN against the provider register supplied
 * with the return (rules 219-229). The register is optional: without it these rules say nothing.
 * The placeholder URN XXXXXXX (no URN applies) is never looked up.
 */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row } from '../dataset.ts';
import { val } from './cells.ts';
import { flagRows, rowsOf, whereRows } from './rows.ts';

/** Register rows by URN. */
export function providersByUrn(data: Dataset903): Map<string, Row[]> | null {
  const register = data.meta.providerInfo;
  if (!register) return null;
  const byUrn = new Map<string, Row[]>();
  for (const row of register) {
    const urn = val(row, 'URN');
    if (urn === null) continue;
    const list = byUrn.get(urn);
    if (list) list.push(row);
    else byUrn.set(urn, [row]);
  }
  return byUrn;
}

/** The `validate` of a rule flagging episodes whose URN is on the register and `mismatch` says the entry disagrees. */
export function providerDisagrees(
  mismatch: (episode: Row, provider: Row, data: Dataset903) => boolean,
): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const byUrn = providersByUrn(data);
    if (!byUrn) return [];
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (episode) => {
        const urn = val(episode, 'URN');
        if (urn === null || urn === 'XXXXXXX') return false;
        const providers = byUrn.get(urn) ?? [];
        return providers.length > 0 && providers.every((provider) => mismatch(episode, provider, data));
      }),
    );
  };
}

/** The codes in a comma-separated register cell ('PR1,PR3' -> ['PR1', 'PR3']). */
export function codeSet(cell: string | null): string[] {
  return cell === null ? [] : cell.split(',').map((code) => code.trim());
}
