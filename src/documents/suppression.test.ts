/**
 * Disclosure control on every public document of the fixture council: the primary rule, and an
 * attacker who tries to work every suppressed figure back from the rest of the document (totals less
 * their visible parts, with each hidden count assumed to be at least 1; a percentage times its
 * denominator; the same figure printed elsewhere). None may be recovered.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCORECARD_FIXTURE, fixtureRows } from './fixtures/scorecard.fixture.ts';
import { EXTRA_SECTIONS_FIXTURE } from './fixtures/extra-sections.fixture.ts';
import { scorecardDocument } from './scorecard-document.ts';
import { committeeDocument } from './committee-document.ts';
import { statementDocument } from './statement-document.ts';
import { benchmarkingDocument } from './benchmarking-document.ts';
import { parseReportPeriod } from './period.ts';
import { renderHtml } from './html.ts';
import { renderDocument } from './render.ts';
import { tablesOf, type Cell, type ReportDocument } from './document.ts';
import { extraTable } from './extra-sections.ts';
import { suppressDocument } from './suppression.ts';
import { attack, assertNothingRecovered } from './disclosure-attack.testing.ts';

const period = parseReportPeriod('2017-18Q3');

/** Each public document, built at `threshold` (1 suppresses nothing: the truth, cell for cell). */
const PUBLIC_DOCUMENTS: Record<string, (threshold: number) => ReportDocument> = {
  'scorecard --public': (threshold) => scorecardDocument(SCORECARD_FIXTURE, { marking: 'public', threshold }),
  'committee --public': (threshold) =>
    committeeDocument(SCORECARD_FIXTURE, {
      marking: 'public',
      threshold,
      period,
      extraSections: EXTRA_SECTIONS_FIXTURE,
    }),
  statement: (threshold) => statementDocument(SCORECARD_FIXTURE, { threshold }),
  benchmarking: (threshold) => benchmarkingDocument(SCORECARD_FIXTURE, { threshold }),
};

/** The first cell printed for each key (the figure itself; a RAG cell shares its key). */
function firstByKey(document: ReportDocument): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const cell of tablesOf(document).flatMap((t) => t.rows.flat()))
    if (cell.key && !cells.has(cell.key)) cells.set(cell.key, cell);
  return cells;
}

for (const [name, build] of Object.entries(PUBLIC_DOCUMENTS)) {
  test(`${name}: no suppressed figure can be worked out from the rest of the document`, () => {
    assertNothingRecovered(name, build);
  });
}

test('primary rule: counts 1-4 and percentages over fewer than 5 are c, with the footnote', () => {
  const document = PUBLIC_DOCUMENTS['scorecard --public']!(5);
  const cells = firstByKey(document);
  // yj-ete: 3 of 4 young offenders; 75% over 4 is c, and so are 3 and 4.
  assert.equal(cells.get('yj-ete:numerator')?.text, 'c');
  assert.equal(cells.get('yj-ete:denominator')?.text, 'c');
  assert.equal(cells.get('yj-ete:current')?.text, 'c');
  // 4 homes of 4: c. 231 of 285 stays.
  assert.equal(cells.get('homes-good-outstanding:current')?.text, 'c');
  assert.equal(cells.get('foster-in-house:current')?.text, '81.1%');
  assert.equal(cells.get('foster-in-house:numerator')?.text, '231');
  assert.ok(document.footnotes.some((f) => f.startsWith('c: suppressed')));
  // The trend of a percentage over a cohort that small is hidden too (its earlier points are as small).
  const html = renderHtml(document);
  assert.match(html, /Trend Jan 2017 to Dec 2017: c, c, c, c, c, c, c, c, c, c, c, c; target 68%\./);
  assert.ok(!html.includes('55%, 50%'));
});

test('the threshold is configurable: at 3, a count of 4 is shown and 3 is not', () => {
  const document = PUBLIC_DOCUMENTS['scorecard --public']!(3);
  const cells = firstByKey(document);
  assert.equal(cells.get('yj-ete:denominator')?.text, '4');
  assert.equal(cells.get('homes-good-outstanding:current')?.text, '100%');
});

test('secondary suppression of a total: two hidden 1s are not left to add up to a known 2', () => {
  const document = PUBLIC_DOCUMENTS['committee --public']!(5);
  const audits = tablesOf(document).find((t) => t.caption.startsWith('Case file audits'));
  assert.ok(audits);
  const texts = audits.rows.map((row) => row.map((c) => c.text));
  assert.deepEqual(
    texts.map((r) => r[1]),
    ['c', '15', 'c', 'c', '26'],
  );
  // Each hidden count's percentage is hidden too (3.8% of 26 would give back 1).
  assert.deepEqual(
    texts.map((r) => r[2]),
    ['c', '57.7%', 'c', 'c', '100%'],
  );
});

test('a suppressor that skipped secondary suppression would be caught by the attacker', () => {
  const table = extraTable(EXTRA_SECTIONS_FIXTURE[0]!.table!, 'audits');
  const document: ReportDocument = {
    kind: 'committee',
    title: 't',
    subtitle: 's',
    council: 'c',
    asAt: 'a',
    producedAt: '2018-01-15',
    marking: 'public',
    landscape: false,
    sections: [{ title: 'Audits', blocks: [{ ...table, relations: [] }] }],
    footnotes: [],
  };
  suppressDocument(document, 5);
  // Without its relations the suppressor hides only the two 1s; with the relations the attacker pins them.
  const withRelations = {
    ...document,
    sections: [
      { title: 'Audits', blocks: [{ ...table, rows: (document.sections[0]!.blocks[0] as typeof table).rows }] },
    ],
  };
  const recovered = attack(withRelations);
  assert.equal(recovered.get('audits:0:0'), 1);
  assert.equal(recovered.get('audits:3:0'), 1);
});

test('public documents carry no underlying words, commentary or hidden values in any format', async () => {
  for (const [name, build] of Object.entries(PUBLIC_DOCUMENTS)) {
    const document = build(5);
    const html = renderHtml(document);
    const json = (await renderDocument(document, 'json')).toString();
    for (const row of fixtureRows()) {
      if (row.underlying) assert.ok(!html.includes(row.underlying), `${name}: underlying data of ${row.indicatorId}`);
      for (const c of row.commentary) assert.ok(!html.includes(c.text), `${name}: commentary ${c.id}`);
    }
    const leaks: unknown[] = [];
    JSON.parse(json, (_key, value) => {
      if (value && typeof value === 'object' && value.suppressed === true && 'value' in value) leaks.push(value);
      return value;
    });
    assert.deepEqual(leaks, [], `${name}: JSON keeps a hidden value`);
    assert.match(html, /Public: small numbers suppressed/);
  }
});

test('a trend point over a small cohort is c even when the current cohort is large, and cannot be worked back', () => {
  // foster-in-house is 231 of 285 now; in January it was 3 of 4 (75%), which a public document hides.
  const scorecard = structuredClone(SCORECARD_FIXTURE);
  const foster = scorecard.sections.flatMap((s) => s.rows).find((r) => r.indicatorId === 'foster-in-house')!;
  foster.trend = foster.trend.map((point, i) =>
    i === 0 ? { ...point, value: 75, numerator: 3, denominator: 4 } : { ...point, numerator: 230, denominator: 284 },
  );
  const build = (threshold: number) => scorecardDocument(scorecard, { marking: 'public', threshold });
  const cells = firstByKey(build(5));
  assert.equal(cells.get('foster-in-house:trend:2017-01-31')?.text, 'c');
  assert.equal(cells.get('foster-in-house:trend:2017-02-28')?.text, '79.5%');
  assert.equal(cells.get('foster-in-house:current')?.text, '81.1%');
  assert.ok(!renderHtml(build(5)).includes('75%, 79.5%'), 'the sparkline text hides the point too');
  const truth = firstByKey(build(1));
  for (const [key, value] of attack(build(5)))
    assert.ok(Math.abs((truth.get(key)?.value as number) - value) > 1e-9, `${key} recovered as ${value}`);
});
