import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarkFigures, findCouncilInfo, populationInYear, rateDenominator } from './figures.ts';
import { figure, readDfeTable } from './csv.ts';

describe('DfE tables', () => {
  test('suppression symbols read as no figure', () => {
    for (const symbol of ['c', 'z', 'x', ':', 'k', '']) assert.equal(figure(symbol), undefined);
    assert.equal(figure('1,234'), 1234);
    assert.equal(figure('22.6'), 22.6);
  });
  test('a file with a byte order mark is read by header name', () => {
    const rows = readDfeTable('cla_number_and_rate_per_10k_children.csv');
    assert.ok('time_period' in rows[0]!, 'first header without the BOM');
  });
});

describe('benchmark figures', () => {
  test('England 2025 from the published counts and the ONS denominator (mid-2024)', () => {
    assert.equal(populationInYear('england', 2024), 12183016);
    assert.equal(rateDenominator('england', 2025), 12183016);
    const { figures, sources } = benchmarkFigures('england', 2025);
    assert.ok(Math.abs(figures.referralRate - (632830 / 12183016) * 10000) < 1e-9);
    assert.equal(figures.reReferralPct, 22.6);
    assert.ok(Math.abs(figures.claRate - (81770 / 12183016) * 10000) < 1e-9);
    assert.equal(figures.repeatCppPct, 24.5);
    assert.equal(figures.cpp2YearsPct, 2.3);
    assert.equal(figures.caseloadPerFte, 15.2);
    assert.equal(sources.claRate, 'England 2025');
  });
  test('a council year before the looked-after tables begin falls back to its nearest year and says so', () => {
    const { figures, sources } = benchmarkFigures('929', 2017);
    assert.equal(sources.referralRate, '929 2017');
    assert.equal(sources.claRate, '929 2021');
    assert.equal(figures.reReferralPct, 23.8);
  });
  test('councils by code', () => {
    const info = findCouncilInfo('929');
    assert.equal(info?.name, 'Northumberland');
    assert.equal(info?.newLaCode, 'E06000057');
    assert.equal(info?.region, 'North East');
    assert.equal(findCouncilInfo('999'), undefined);
  });
});
