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

interface Bounds {
  lo: number;
  hi: number;
}

/**
 * What an attacker can work out about each hidden figure: exact values from ratios and repeated
 * figures, and bounds from sums. Returns the keys pinned to one value, with that value.
 */
function attack(document: ReportDocument): Map<string, number> {
  const cells = tablesOf(document)
    .flatMap((t) => t.rows.flat())
    .filter((c): c is Cell & { key: string } => c.key !== undefined);
  const known = new Map<string, number>();
  const bounds = new Map<string, Bounds>();
  for (const cell of cells) {
    if (!cell.suppressed && typeof cell.value === 'number') known.set(cell.key, cell.value);
    else if (cell.suppressed && !known.has(cell.key))
      bounds.set(cell.key, { lo: cell.count ? 1 : 0, hi: Number.POSITIVE_INFINITY });
  }
  const recovered = new Map<string, number>();
  const learn = (key: string, value: number): boolean => {
    if (known.has(key) || !bounds.has(key)) return false;
    known.set(key, value);
    recovered.set(key, value);
    return true;
  };
  const range = (key: string): Bounds =>
    known.has(key)
      ? { lo: known.get(key)!, hi: known.get(key)! }
      : (bounds.get(key) ?? { lo: 0, hi: Number.POSITIVE_INFINITY });
  const relations = tablesOf(document).flatMap((t) => t.relations ?? []);
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      if (relation.kind === 'ratio') {
        const v = known.get(relation.value);
        const n = known.get(relation.numerator);
        const d = known.get(relation.denominator);
        const present = [relation.value, relation.numerator, relation.denominator].every(
          (k) => known.has(k) || bounds.has(k),
        );
        if (!present) continue;
        if (v !== undefined && d !== undefined && n === undefined)
          changed = learn(relation.numerator, Math.round((v * d) / relation.scale)) || changed;
        if (v !== undefined && n !== undefined && d === undefined && v !== 0)
          changed = learn(relation.denominator, Math.round((relation.scale * n) / v)) || changed;
        if (n !== undefined && d !== undefined && v === undefined && d !== 0)
          changed = learn(relation.value, (relation.scale * n) / d) || changed;
        continue;
      }
      // parts - total = 0: tighten each unknown's bounds from the others'.
      const terms = [...relation.parts.map((key) => ({ key, sign: 1 })), { key: relation.total, sign: -1 }].filter(
        (t) => known.has(t.key) || bounds.has(t.key),
      );
      for (const term of terms) {
        if (known.has(term.key)) continue;
        let lo = 0;
        let hi = 0;
        for (const other of terms) {
          if (other === term) continue;
          const r = range(other.key);
          // term.sign * x = -sum(other.sign * y)
          if (other.sign > 0) {
            lo -= r.hi;
            hi -= r.lo;
          } else {
            lo += r.lo;
            hi += r.hi;
          }
        }
        const [xlo, xhi] = term.sign > 0 ? [lo, hi] : [-hi, -lo];
        const b = bounds.get(term.key)!;
        const next = { lo: Math.max(b.lo, xlo), hi: Math.min(b.hi, xhi) };
        if (next.lo > b.lo || next.hi < b.hi) {
          bounds.set(term.key, next);
          changed = true;
        }
        if (next.lo === next.hi) changed = learn(term.key, next.lo) || changed;
      }
    }
  }
  return recovered;
}

/** The first cell printed for each key (the figure itself; a RAG cell shares its key). */
function firstByKey(document: ReportDocument): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const cell of tablesOf(document).flatMap((t) => t.rows.flat()))
    if (cell.key && !cells.has(cell.key)) cells.set(cell.key, cell);
  return cells;
}

for (const [name, build] of Object.entries(PUBLIC_DOCUMENTS)) {
  test(`${name}: no suppressed figure can be worked out from the rest of the document`, () => {
    const truth = new Map(
      tablesOf(build(1))
        .flatMap((t) => t.rows.flat())
        .flatMap((c) => (c.key !== undefined && typeof c.value === 'number' ? [[c.key, c.value] as const] : [])),
    );
    const published = build(5);
    const hidden = tablesOf(published)
      .flatMap((t) => t.rows.flat())
      .filter((c) => c.suppressed);
    for (const [key, value] of attack(published)) {
      const actual = truth.get(key);
      assert.ok(actual === undefined || Math.abs(actual - value) > 1e-9, `${key} (${actual}) recovered as ${value}`);
    }
    // Nothing hidden keeps its value anywhere a reader or a program could find it.
    for (const cell of hidden) assert.equal(cell.value, undefined);
    assert.equal(published.marking, 'public');
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
