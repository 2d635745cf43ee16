// `kestrel validate 903 --previous DIR`: last year's return feeds the rules that compare years. Here
// rule 202 (sex differs from last year's return) can only fire when last year's return is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKestrel } from '../testing.ts';

function writeReturn(dir: string, sex: string, decom: string): void {
  mkdirSync(dir);
  writeFileSync(join(dir, 'header.csv'), `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,${sex},01/05/2012,WBRI,UN4,,\n`);
  writeFileSync(
    join(dir, 'episodes.csv'),
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
      `C1,${decom},S,C2,N1,U1,PR1,,,,B76 8LQ,B1 1AA,SC123456\n`,
  );
}

async function codes(args: string[]): Promise<{ code: number; codes: string[]; err: string }> {
  const run = await runKestrel(['validate', '903', ...args, '--year', '2025', '--format', 'json']);
  const report = JSON.parse(run.out || '{"findings":[]}') as { findings: { code: string }[] };
  return { code: run.code, codes: report.findings.map((f) => f.code), err: run.err };
}

test('validate 903 --previous: the rules that compare years read last year’s return', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-validate-previous-'));
  try {
    writeReturn(join(dir, 'this'), 'M', '01/05/2024');
    writeReturn(join(dir, 'last'), 'F', '01/05/2024');
    const alone = await codes([join(dir, 'this')]);
    assert.ok(!alone.codes.includes('202'), alone.err);
    const compared = await codes([join(dir, 'this'), '--previous', join(dir, 'last')]);
    assert.ok(compared.codes.includes('202'), JSON.stringify(compared));

    const missing = await runKestrel(['validate', '903', join(dir, 'this'), '--previous', join(dir, 'nowhere')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--previous: .*nowhere does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
