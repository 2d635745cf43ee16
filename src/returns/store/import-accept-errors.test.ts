// A return with errors: refused whole without --accept-errors (store unchanged); with it, every row the
// store can hold is stored, each row it cannot is named (file, line, child, reason), the import is
// recorded as a batch, the history horizon is set, and the indicators compute on what was stored.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil, TEST_LA } from '../../records/factories.ts';
import { evaluateOne } from '../../indicators/testing.ts';
import { write903Csv } from '../io/write-903-csv.ts';
import { writeCinXml } from '../io/write-cin-xml.ts';
import { export903 } from './export-903.ts';
import { exportCin } from './export-cin.ts';
import { import903 } from './import-903.ts';
import { importCin } from './import-cin.ts';
import { findImportBatch, listImportBatches } from './import-batches.ts';
import { importValidated } from './import-return.ts';
import { buildReturnsCouncil, RETURN_YEAR, rowCounts } from './test-council.ts';
import { ReturnImportError, validate903, validateCin } from './validate.ts';

/** Appends `rows` to a CSV text, in its own line ending; returns the text and the appended rows' line numbers. */
function appendRows(text: string, rows: readonly string[]): { text: string; lines: number[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const kept = text.endsWith(eol) ? text.slice(0, -eol.length) : text;
  const count = kept.split(eol).length;
  return { text: [kept, ...rows].join(eol) + eol, lines: rows.map((_, i) => count + 1 + i) };
}

for (const backend of testBackends()) {
  describe(`import with --accept-errors (${backend.name})`, () => {
    let source: Store;
    let target: Store;
    let dir: string;
    let folder: string;
    const lines: Record<string, number[]> = {};

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kestrel-accept-'));
      source = await backend.open();
      await buildReturnsCouncil(source);
      await write903Csv(join(dir, 'clean'), (await export903(source, TEST_LA, RETURN_YEAR)).current);
      folder = join(dir, 'findings');
      mkdirSync(folder);
      // The errors a return in progress has, each a row the record model cannot hold.
      const edits: Record<string, string[]> = {
        // A child whose ethnicity is no code the store knows (its episode must go with it).
        'header.csv': [
          'RT0099,M,01/01/2010,QQQQ,UN4,,',
          'RT0098,F,01/01/2012,WBRI,UN4,0,',
          'RT0097,M,01/01/2011,WBRI,UN4,,',
        ],
        'episodes.csv': [
          // The child above.
          'RT0099,01/05/2024,S,C2,N1,U1,PR1,,,,AB1 1AA,AB5 6GH,SC111111',
          // A second episode while RT0002's episode from 2023 is still open.
          'RT0002,01/08/2024,P,C2,N2,U4,PR1,,,,AB1 1AA,AB5 6GH,SC111111',
          // An episode that ends before it starts.
          'RT0004,10/03/2025,S,V2,N1,U1,PR1,01/03/2025,E4A,,AB1 1AA,AB5 6GH,SC111111',
          // A legal status the store does not know: its period and placement go with it.
          'RT0004,10/01/2025,S,Z9,N1,U1,PR1,,,,AB1 1AA,AB5 6GH,SC111111',
          // An end with a reason the store does not know: kept without it, the child would still be in care.
          'RT0098,01/05/2024,S,C2,N1,U1,PR1,01/06/2024,E99,,AB1 1AA,AB5 6GH,SC111111',
          // An end that is not a date: kept without it, the episode would be open.
          'RT0097,01/05/2024,S,C2,N1,U1,PR1,31/02/2025,E13,,AB1 1AA,AB5 6GH,SC111111',
        ],
        // A return from missing that is not a date: kept without it, the child would still be missing.
        'missing.csv': ['RT0001,14/05/2012,M,01/12/2024,31/02/2025'],
        // A second review of RT0001 on the same day.
        'reviews.csv': ['RT0001,14/05/2012,24/06/2024,PN7'],
      };
      for (const entry of readdirSync(join(dir, 'clean'))) {
        const text = readFileSync(join(dir, 'clean', entry), 'utf8');
        const added = edits[entry] === undefined ? { text, lines: [] } : appendRows(text, edits[entry]);
        lines[entry] = added.lines;
        writeFileSync(join(folder, entry), added.text);
      }
      target = await backend.open();
      await buildCouncil(target, { la_code: TEST_LA });
    });
    after(async () => {
      await source.close();
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function importFindings(acceptErrors: boolean) {
      const validated = await validate903([folder], { year: RETURN_YEAR });
      return importValidated(
        target,
        {
          file: folder,
          paths: [folder],
          laCode: TEST_LA,
          findings: validated.findings,
          kind: '903',
          acceptErrors,
          read: { tables: validated.dataset.current, sources: validated.sources },
          collectionYear: RETURN_YEAR,
          actor: 'cli:analyst',
        },
        (context) => import903(context, validated.dataset),
      );
    }

    test('without the flag the return is refused and the store is unchanged', async () => {
      const before = await rowCounts(target);
      await assert.rejects(
        importFindings(false),
        (e: unknown) =>
          e instanceof ReturnImportError && /was not imported: \d+ errors? must be fixed first/.test(e.message),
      );
      assert.deepEqual(await rowCounts(target), before);
      assert.deepEqual(await target.query('SELECT id FROM import_batch'), []);
    });

    test('with the flag every row the store can hold is stored and each other row is named', async () => {
      const summary = await importFindings(true);
      assert.ok(summary.errors > 0, 'the return had errors');
      const named = summary.leftOut.map((r) => `${r.file}:${r.line}:${r.child}:${r.table}`).sort();
      assert.deepEqual(
        named,
        [
          `episodes.csv:${lines['episodes.csv']![0]}:RT0099:Episodes`,
          `episodes.csv:${lines['episodes.csv']![1]}:RT0002:Episodes`,
          `episodes.csv:${lines['episodes.csv']![2]}:RT0004:Episodes`,
          `episodes.csv:${lines['episodes.csv']![3]}:RT0004:care_period`,
          `episodes.csv:${lines['episodes.csv']![3]}:RT0004:cla_episode`,
          `episodes.csv:${lines['episodes.csv']![3]}:RT0004:placement`,
          `episodes.csv:${lines['episodes.csv']![4]}:RT0098:Episodes`,
          `episodes.csv:${lines['episodes.csv']![5]}:RT0097:Episodes`,
          `missing.csv:${lines['missing.csv']![0]}:RT0001:Missing`,
          `header.csv:${lines['header.csv']![0]}:RT0099:child`,
          `reviews.csv:${lines['reviews.csv']![0]}:RT0001:cla_review`,
        ].sort(),
      );
      const reasons = Object.fromEntries(summary.leftOut.map((r) => [`${r.table}:${r.child}`, r.reason]));
      assert.match(reasons['child:RT0099']!, /the store refused it: a value is not one of the codes of Ethnicity/);
      assert.match(reasons['Episodes:RT0099']!, /left out with its child, whose Header row was left out/);
      assert.match(reasons['Episodes:RT0002']!, /while the episode from 2023-01-09 is still open/);
      assert.match(reasons['Episodes:RT0004']!, /ends \(DEC 2025-03-01\) before it starts \(DECOM 2025-03-10\)/);
      assert.match(
        reasons['cla_episode:RT0004']!,
        /the store refused it: a value is not one of the codes of Legal status/,
      );
      assert.match(reasons['placement:RT0004']!, /left out with its episodes, which were left out/);
      assert.deepEqual(await target.query("SELECT id FROM placement WHERE child_id = 'RT0004'"), []);
      assert.deepEqual(await target.query("SELECT id FROM care_period WHERE child_id = 'RT0004'"), []);
      assert.match(
        reasons['Episodes:RT0098']!,
        /ends on 2024-06-01 with REC E99, not a reason for ceasing the store knows/,
      );
      assert.match(
        reasons['Episodes:RT0097']!,
        /DEC 31\/02\/2025 is not a date: kept without it, the episode would read as still open/,
      );
      assert.match(reasons['Missing:RT0001']!, /MIS_END is not a date/);
      assert.match(reasons['cla_review:RT0001']!, /a second cla review .*2024-06-24.*the first in the file was kept/);

      // What was stored is what the clean return holds: the first review kept, RT0002's one episode.
      assert.deepEqual(
        await target.query(
          "SELECT review_date::text AS date, participation FROM cla_review WHERE child_id = 'RT0001' ORDER BY review_date",
        ),
        [
          { date: '2024-06-24', participation: 'PN1' },
          { date: '2024-09-20', participation: 'PN1' },
        ],
      );
      assert.deepEqual(
        await target.query("SELECT start_date::text AS start FROM cla_episode WHERE child_id = 'RT0002'"),
        [{ start: '2023-01-09' }],
      );
      assert.deepEqual(await target.query("SELECT id FROM child WHERE id = 'RT0099'"), []);
    });

    test('the indicators compute on it, as on the clean records', async () => {
      // In care on 15 January 2025 (hand-counted from test-council.ts): RT0001, RT0002, RT0003.
      const imported = await evaluateOne(target, 'cla-at-date', { at: '2025-01-15' });
      const clean = await evaluateOne(source, 'cla-at-date', { at: '2025-01-15' });
      assert.equal(imported.value, 3);
      assert.equal(clean.value, 3);
    });

    test('the import is a batch: files, actor, counts stored and left out, findings', async () => {
      const [listed, ...others] = await listImportBatches(target, { laCode: TEST_LA });
      assert.equal(others.length, 0, 'the refused import left no batch');
      assert.ok(listed);
      assert.equal(listed.kind, '903');
      assert.equal(listed.collectionYear, RETURN_YEAR);
      assert.equal(listed.actor, 'cli:analyst');
      assert.equal(listed.acceptedErrors, true);
      assert.equal(listed.leftOutTotal, 11);
      assert.deepEqual(listed.leftOut, {
        Episodes: 5,
        Missing: 1,
        care_period: 1,
        child: 1,
        cla_episode: 1,
        cla_review: 1,
        placement: 1,
      });
      assert.ok(listed.errors > 0);
      const episodes = listed.files.find((f) => f.name === 'episodes.csv');
      assert.ok(episodes);
      assert.match(episodes.sha256, /^[0-9a-f]{64}$/);
      assert.equal(episodes.bytes, readFileSync(join(folder, 'episodes.csv')).length);
      assert.equal(listed.stored['cla_review']?.inserted, 3);
      const batch = await findImportBatch(target, listed.id);
      assert.equal(batch?.leftOutRows.length, 11);
      assert.equal(batch?.findings.length, listed.errors + listed.queries);
      assert.equal(await findImportBatch(target, listed.id + 1000), undefined);
      const [audit] = await target.query<{ actor: string; entity_id: string; detail: { leftOut: number } }>(
        "SELECT actor, entity_id, detail FROM audit_log WHERE action = 'import'",
      );
      assert.deepEqual([audit?.actor, audit?.entity_id, audit?.detail.leftOut], ['cli:analyst', String(listed.id), 11]);
    });

    test('the history horizon of each child the import touched is the start of its collection year', async () => {
      await target.query(
        `INSERT INTO child (la_code, id, sex, ethnicity, date_of_birth, upn_unknown, disabilities)
        VALUES ($1, 'WEB001', 'F', 'WBRI', '2015-01-01', 'UN1', '{}')`,
        [TEST_LA],
      );
      const horizons = await target.query<{ id: string; from: string | null }>(
        'SELECT id, history_from::text AS from FROM child ORDER BY id',
      );
      assert.deepEqual(horizons, [
        { id: 'RT0001', from: '2024-04-01' },
        { id: 'RT0002', from: '2024-04-01' },
        { id: 'RT0003', from: '2024-04-01' },
        { id: 'RT0004', from: '2024-04-01' },
        { id: 'RT0097', from: '2024-04-01' },
        { id: 'RT0098', from: '2024-04-01' },
        { id: 'WEB001', from: null },
      ]);
      // An earlier horizon stays; a later return never moves it later.
      await target.query("UPDATE child SET history_from = '2023-04-01' WHERE id = 'RT0001'");
      await importFindings(true);
      const [rt0001] = await target.query<{ from: string }>(
        "SELECT history_from::text AS from FROM child WHERE id = 'RT0001'",
      );
      assert.equal(rt0001?.from, '2023-04-01');
    });

    test('a CIN census: a referral with a code the store does not know goes, with the rows nested in it', async () => {
      const file = join(dir, 'cin.xml');
      await writeCinXml(file, await exportCin(source, TEST_LA, RETURN_YEAR));
      const text = readFileSync(file, 'utf8');
      assert.match(text, /<ReferralSource>2A<\/ReferralSource>/);
      writeFileSync(file, text.replace('<ReferralSource>2A</ReferralSource>', '<ReferralSource>9Z</ReferralSource>'));
      const validated = await validateCin(file, {});
      assert.ok(validated.findings.some((f) => f.severity === 'error'));
      const fresh = await backend.open();
      try {
        await buildCouncil(fresh, { la_code: TEST_LA });
        const summary = await importValidated(
          fresh,
          {
            file,
            laCode: TEST_LA,
            findings: validated.findings,
            kind: 'cin',
            acceptErrors: true,
            read: { tables: validated.dataset.tables, sources: validated.sources },
            collectionYear: RETURN_YEAR,
          },
          (context) => importCin(context, validated.dataset),
        );
        assert.deepEqual(
          summary.leftOut.map((r) => [r.table, r.file, r.line, r.child]),
          [
            ['referral', 'cin.xml', 32, 'RT0005'],
            ['assessment', 'cin.xml', 38, 'RT0005'],
            ['cin_plan', 'cin.xml', 46, 'RT0005'],
          ],
        );
        assert.match(summary.leftOut[0]!.reason, /the store refused it: a value is not one of the codes of/);
        assert.match(summary.leftOut[1]!.reason, /left out with its referral \(RT0005-RF-2024-05-07\)/);
        assert.deepEqual(await fresh.query("SELECT id FROM referral WHERE child_id = 'RT0005'"), []);
        assert.deepEqual(await fresh.query("SELECT id FROM child WHERE id = 'RT0005'"), [{ id: 'RT0005' }]);
      } finally {
        await fresh.close();
      }
    });
  });
}
