import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchmarkBars, sparkline, trendChart, trendWords } from './charts.ts';

const points = [
  { at: '2017-10-31', value: 20 },
  { at: '2017-11-30', value: null },
  { at: '2017-12-31', value: 24.1 },
];

test('a sparkline breaks its line at a gap and says every value in words', () => {
  const { svg, alt } = sparkline(points, 22, 'ratio');
  assert.equal(alt, 'Trend Oct 2017 to Dec 2017: 20, no value, 24.1; target 22.');
  // Two runs (before and after the gap), each drawn, plus the dashed target line.
  assert.equal((svg.match(/<polyline/g) ?? []).length, 2);
  assert.match(svg, /stroke-dasharray="2,2"/);
  assert.match(svg, /<title>Trend Oct 2017 to Dec 2017/);
});

test('a suppressed point is c in the words and not drawn', () => {
  const words = trendWords([{ at: '2017-12-31', value: null, suppressed: true }], 'count', null);
  assert.equal(words, 'Trend Dec 2017 to Dec 2017: c.');
  assert.equal(sparkline([{ at: '2017-12-31', value: null, suppressed: true }], null, 'count').svg, '');
});

test('charts escape their labels and name each reference line in the text alternative', () => {
  const chart = trendChart('<b>A & B</b>', points, 'percent', [
    { label: 'England', value: 21, colour: '#d4351c' },
    { label: 'Stat. neighbours', value: null, colour: '#00703c' },
  ]);
  assert.ok(!chart.svg.includes('<b>'));
  assert.match(chart.alt, /^<b>A & B<\/b>\. Trend Oct 2017 to Dec 2017: 20%, no value, 24\.1%\. England: 21%\.$/);
  const bars = benchmarkBars('A2', [{ label: 'England', value: null, colour: '#000' }], 'days');
  assert.equal(bars.alt, 'A2: England not published.');
});
