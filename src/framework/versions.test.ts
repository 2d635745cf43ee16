import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCouncil } from '../records/factories.ts';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { addCommentary, commentaryFor, listCommentary } from './commentary.ts';
import { FrameworkFileError } from './read.ts';
import { exportFramework, frameworkAt, importDefaultFramework, importFramework, listFrameworks } from './versions.ts';

const LA = '990';

function file(name: string, target: number): string {
  return `name: ${name}\nyear: 2017-18\nsections:\n  - id: cp\n    title: Child protection\n    indicators:\n      - id: cpp-repeat\n        target: { year: ${target} }\n`;
}

async function auditCount(db: Store, entity: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE entity = $1', [entity]);
  return row!.n;
}

describe('framework versions', () => {
  for (const backend of testBackends()) {
    test(`versions by effective date, refusals change nothing, history is kept [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: LA });
        const first = await importFramework(db, {
          la: LA,
          text: file('First', 9),
          sourceName: 'first.yaml',
          actor: 'test',
        });
        assert.deepEqual([first.version, first.effectiveFrom], [1, '2017-04-01']);
        const second = await importFramework(db, {
          la: LA,
          text: file('Second', 8),
          sourceName: 'second.yaml',
          effectiveFrom: '2018-04-01',
          actor: 'test',
        });
        assert.equal(second.version, 2);

        // A refused file: every problem with its line, and nothing stored or audited.
        await assert.rejects(
          importFramework(db, { la: LA, text: file('Bad', 120), sourceName: 'bad.yaml', actor: 'test' }),
          (error: unknown) =>
            error instanceof FrameworkFileError && /^bad\.yaml:8: .*not a percentage/.test(error.message),
        );
        assert.deepEqual(
          (await listFrameworks(db, LA)).map((v) => v.name),
          ['First', 'Second'],
        );
        assert.equal(await auditCount(db, 'framework_version'), 2);

        // The version in force on a date; none before the first.
        assert.equal((await frameworkAt(db, LA, '2018-03-31'))?.name, 'First');
        assert.equal((await frameworkAt(db, LA, '2018-04-01'))?.name, 'Second');
        assert.equal((await frameworkAt(db, LA, '2017-03-31'))?.name, undefined);
        assert.equal((await frameworkAt(db, LA, '2019-01-01'))?.framework.sections[0]?.indicators[0]?.target?.year, 8);

        // Export gives back the file as written, and is audited.
        const exported = await exportFramework(db, LA, '2017-06-30', 'test', 'out.yaml');
        assert.equal(exported?.sourceText, file('First', 9));
        assert.equal(await auditCount(db, 'framework_version'), 3);

        // The store refuses to change a version.
        await assert.rejects(
          db.query("UPDATE framework_version SET name = 'x' WHERE la_code = $1", [LA]),
          /append-only/,
        );

        const shipped = await importDefaultFramework(db, LA, 'test');
        assert.equal(shipped.version, 3);
        assert.equal(shipped.sourceName, 'default');
        assert.equal(shipped.effectiveFrom, '2000-04-01');
        assert.equal((await frameworkAt(db, LA, '2016-01-01'))?.version, 3);
      } finally {
        await db.close();
      }
    });

    test(`commentary carries forward until replaced, nothing overwritten [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db, { la_code: LA });
        const entry = { la: LA, indicatorId: 'caseload-sw', author: 'Analyst' };
        await addCommentary(db, { ...entry, period: '2017-11', kind: 'comment', text: 'November comment' });
        await addCommentary(db, {
          ...entry,
          period: '2017-12',
          kind: 'action',
          text: 'Recruit',
          owner: 'HoS',
          due: '2018-03-31',
        });
        await addCommentary(db, { ...entry, period: '2018-01', kind: 'comment', text: 'January comment' });

        const december = (await commentaryFor(db, LA, '2017-12', '2017-12-31')).get('caseload-sw')!;
        assert.deepEqual(
          december.map((c) => [c.kind, c.text, c.period, c.carriedForward, c.owner ?? null]),
          [
            ['comment', 'November comment', '2017-11', true, null],
            ['action', 'Recruit', '2017-12', false, 'HoS'],
          ],
        );
        const january = (await commentaryFor(db, LA, '2018-01', '2018-01-31')).get('caseload-sw')!;
        assert.deepEqual(
          january.map((c) => [c.text, c.carriedForward]),
          [
            ['January comment', false],
            ['Recruit', true],
          ],
        );
        assert.equal((await listCommentary(db, LA)).length, 3);
        assert.equal(await auditCount(db, 'framework_commentary'), 3);
        await assert.rejects(
          addCommentary(db, { ...entry, period: '2017-18Q5', kind: 'comment', text: 'x' }),
          /Q1 to Q4/,
        );
        await assert.rejects(db.query('DELETE FROM framework_commentary WHERE la_code = $1', [LA]), /append-only/);
      } finally {
        await db.close();
      }
    });
  }
});
