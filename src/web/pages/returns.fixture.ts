/**
 * Test data for the returns pages: the returns fixture's small synthetic council
 * (returns/store/test-council.ts: children RT0001..., every record in 2024-25) exported as its CIN census
 * (clean), the same census with one referral source the DfE list does not have (an error, and a row the
 * store cannot hold: RT0005's referral), its SSDA903 CSV set, and its Annex A workbook.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAnnexAXlsx } from '../../returns/io/write-annexa-xlsx.ts';
import { write903Csv } from '../../returns/io/write-903-csv.ts';
import { writeCinXml } from '../../returns/io/write-cin-xml.ts';
import { exportAnnexA } from '../../returns/store/export-annexa.ts';
import { export903 } from '../../returns/store/export-903.ts';
import { exportCin } from '../../returns/store/export-cin.ts';
import { buildReturnsCouncil, RETURN_YEAR } from '../../returns/store/test-council.ts';
import type { Db } from '../../store/db.ts';
import type { SentFile } from '../return-files.ts';

export { RETURN_YEAR };

/** The child whose referral the erroneous census gives an unknown source. */
export const CHILD_WITH_ERROR = 'RT0005';

export interface ReturnFiles {
  cinClean: string;
  cinWithError: string;
  csv903: SentFile[];
  annexA: Uint8Array;
}

/** Builds the returns council in `source` (an empty store) and exports its returns. */
export async function buildReturnFiles(source: Db): Promise<ReturnFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'kestrel-returns-fixture-'));
  try {
    await buildReturnsCouncil(source);
    await writeCinXml(join(dir, 'cin.xml'), await exportCin(source, '990', RETURN_YEAR), { laCode: '990' });
    const cinClean = await readFile(join(dir, 'cin.xml'), 'utf8');
    const cinWithError = cinClean.replace('<ReferralSource>2A</ReferralSource>', '<ReferralSource>9Z</ReferralSource>');
    if (cinWithError === cinClean) throw new Error('the returns fixture has no referral source 2A to spoil');
    await write903Csv(join(dir, '903'), (await export903(source, '990', RETURN_YEAR)).current);
    const csv903: SentFile[] = [];
    for (const name of (await readdir(join(dir, '903'))).sort())
      csv903.push({ name, body: new Uint8Array(await readFile(join(dir, '903', name))) });
    await writeAnnexAXlsx(join(dir, 'annexa.xlsx'), await exportAnnexA(source, '990', `${RETURN_YEAR}-03-31`));
    const annexA = new Uint8Array(await readFile(join(dir, 'annexa.xlsx')));
    return { cinClean, cinWithError, csv903, annexA };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
