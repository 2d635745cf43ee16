import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FrameworkFileError, readFramework } from './read.ts';

const HEAD = `name: Test framework
year: 2017-18
sections:
  - id: cp
    title: Child protection
    indicators:
`;

/** The problems a file with this one indicator entry (indented as a list item) is refused for. */
function problems(entry: string): string[] {
  try {
    readFramework(HEAD + entry, 'test.yaml');
  } catch (error) {
    assert.ok(error instanceof FrameworkFileError, String(error));
    return error.lines();
  }
  return [];
}

describe('readFramework', () => {
  it('reads the default framework', () => {
    const framework = readFramework(readFileSync('data/frameworks/default.yaml', 'utf8'), 'default.yaml');
    assert.equal(framework.sections[0]!.indicators[0]!.id, 'referral-decision-1wd');
    assert.ok(framework.sections.flatMap((s) => s.indicators).length >= 30);
  });

  it('reads a good entry with defaults filled in', () => {
    const framework = readFramework(
      `${HEAD}      - id: cpp-repeat\n        params: { within: 24-months }\n        target: { year: 8, quarters: { Q1: 9, 2017-18Q4: 7 } }\n`,
      'ok.yaml',
    );
    const entry = framework.sections[0]!.indicators[0]!;
    assert.deepEqual(entry.params, { within: '24-months' });
    assert.equal(entry.frequency, 'monthly');
    assert.equal(entry.window, 'r12');
  });

  it('reads the same framework written as JSON', () => {
    const json = JSON.stringify({
      name: 'JSON framework',
      year: '2024-25',
      sections: [{ id: 'cp', title: 'CP', indicators: [{ id: 'cpp-repeat', target: { year: 20 } }] }],
    });
    assert.equal(readFramework(json, 'f.json').sections[0]!.indicators[0]!.target?.year, 20);
    assert.throws(
      () => readFramework(json.replace('20}', '120}'), 'f.json'),
      /^FrameworkFileError: f\.json:1: .*not a percentage/,
    );
  });

  it('refuses an unknown indicator id at its line', () => {
    assert.deepEqual(problems('      - id: cpp-repeats\n'), [
      'test.yaml:7: sections[0].indicators[0].id: unknown indicator id "cpp-repeats" (see docs/INDICATORS.md or `kestrel indicators --list`)',
    ]);
  });

  it('refuses overlapping and gapped bands at the bands line', () => {
    const overlap = problems(
      '      - id: cpp-repeat\n        bands:\n          green: { lte: 9 }\n          red: { gte: 9 }\n',
    );
    assert.deepEqual(overlap, ['test.yaml:9: sections[0].indicators[0].bands: the green and red bands overlap at 9']);
    const gap = problems(
      '      - id: cpp-reviews-in-time\n        bands: { green: { gte: 98 }, amber: { gte: 95, lte: 97 }, red: { lte: 94 } }\n',
    );
    assert.equal(gap.length, 1);
    assert.match(gap[0]!, /^test\.yaml:8: .*bands: the red and amber bands leave a gap between 94 and 95/);
  });

  it('refuses targets in the wrong unit', () => {
    assert.match(
      problems('      - id: cpp-repeat\n        target: { year: 120 }\n')[0]!,
      /:8: .*target\.year: target 120 is not a percentage/,
    );
    assert.match(
      problems('      - id: cpp-at-date\n        target: { year: 12.5 }\n')[0]!,
      /target 12\.5 is not a whole number/,
    );
    assert.match(problems('      - id: caseload-sw\n        target: { year: -1 }\n')[0]!, /negative/);
    assert.match(
      problems('      - id: cpp-repeat\n        bands: { green: { lt: 9 }, red: { gte: 9, lt: 101 } }\n').join('\n'),
      /band edge 101 is not a percentage/,
    );
  });

  it('refuses a quarter or month outside the year', () => {
    const lines = problems(
      '      - id: cpp-repeat\n        target:\n          quarters:\n            Q5: 9\n            2018-19Q1: 9\n          months: { 2018-04: 9 }\n',
    );
    assert.deepEqual(lines, [
      'test.yaml:10: sections[0].indicators[0].target.quarters.Q5: quarter "Q5" is outside the year: a financial year has quarters Q1 to Q4',
      'test.yaml:11: sections[0].indicators[0].target.quarters.2018-19Q1: quarter "2018-19Q1" is outside the framework\'s year 2017-18',
      'test.yaml:12: sections[0].indicators[0].target.months.2018-04: month "2018-04" is outside the framework\'s year 2017-18 (expected YYYY-MM from April to March)',
    ]);
  });

  it('refuses shape errors, bad parameters and YAML syntax with their lines', () => {
    assert.match(
      problems('      - id: cpp-repeat\n        frequency: weekly\n')[0]!,
      /^test\.yaml:8: sections\[0\]\.indicators\[0\]\.frequency: /,
    );
    assert.match(
      problems('      - id: cpp-repeat\n        params: { within: 3-years }\n')[0]!,
      /:8: .*params: Parameter within of cpp-repeat must be one of/,
    );
    assert.match(problems('      - id: cpp-repeat\n        colour: red\n')[0]!, /:7: .*Unrecognized key/);
    assert.match(problems('      - id: [cpp-repeat\n')[0]!, /^test\.yaml:\d+: /);
  });

  it('refuses a measure listed twice and bands with no direction', () => {
    assert.match(problems('      - id: cpp-repeat\n      - id: cpp-repeat\n').join('\n'), /:8: .*listed twice/);
    assert.match(
      problems('      - id: referrals\n        bands: { tolerance: 5 }\n        target: { year: 10 }\n')[0]!,
      /set polarity H or L/,
    );
  });
});
