/** Checks on the adopters (AD1): their legal status (LS_ADOPTR) and the sexes of the adopter or couple (SEX_ADOPTR). */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903 } from '../dataset.ts';
import { val } from './cells.ts';
import { sexCodes } from './codes.ts';
import { flagRows, rowsOf, whereRows } from './rows.ts';

/**
 * DfE 514, 517-520, 524: adopters with legal status `legalStatus` must be coded with one of `sexCodes`
 * (M1/F1 a single adopter; MM, FF, MF a couple). Flags the AD1 rows that are not.
 */
export function adopterSexNotIn(legalStatus: string, sexCodes: readonly string[]): (data: Dataset903) => FlaggedRow[] {
  return (data) =>
    flagRows(
      'AD1',
      whereRows(
        rowsOf(data, 'AD1'),
        (row) => val(row, 'LS_ADOPTR') === legalStatus && !sexCodes.includes(val(row, 'SEX_ADOPTR') ?? ''),
      ),
    );
}
