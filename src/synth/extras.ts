/**
 * Council-level records: the council and its population, the workload model, children's homes and
 * their inspections, Supporting Families, case audits, team health checks, complaints, surveys, budgets
 * and manually entered measures.
 */
import { iso, type Kid, type Tables } from './model.ts';
import type { Home, SimContext } from './context.ts';
import { march31, yearOf } from './dates.ts';
import { placementPostcode } from './postcodes.ts';
import type { Workforce } from './workforce-model.ts';
import { dayNumber, dayNumberFromParts, partsFromDayNumber } from '../calendar/dates.ts';

export interface CouncilIdentity {
  laCode: string;
  newLaCode: string;
  name: string;
  region: string;
}

/** The council's own children's homes (and a secure unit in a large council), made before the simulation. */
export function makeHomes(ctx: SimContext): Home[] {
  const count = Math.max(2, Math.round(ctx.params.population / 15000));
  const homes: Home[] = [];
  for (let i = 0; i < count; i++) {
    homes.push({
      id: `H${i + 1}`,
      urn: `SC${String(400000 + ctx.random.int(0, 99999) * 3 + i).slice(0, 6)}`,
      secure: false,
      postcode: placementPostcode(ctx.random, ctx.postcodes, true),
    });
  }
  if (ctx.params.population >= 60000)
    homes.push({
      id: `H${count + 1}`,
      urn: `SC${String(500000 + count)}`,
      secure: true,
      postcode: placementPostcode(ctx.random, ctx.postcodes, true),
    });
  return homes;
}

const HOME_NAMES = [
  'Oak House',
  'Willow Lodge',
  'Beech Grove',
  'Rowan House',
  'Hazel Court',
  'Alder View',
  'Elm Cottage',
  'Larch Lodge',
  'Maple House',
  'Ash Court',
  'Birch House',
  'Holly Lodge',
];
const GRADES: [string, number][] = [
  ['outstanding', 15],
  ['good', 60],
  ['requires_improvement', 20],
  ['inadequate', 5],
];

export function councilRows(
  ctx: SimContext,
  tables: Tables,
  identity: CouncilIdentity,
  workforce: Workforce,
  kept: Kid[],
): void {
  const { random, params } = ctx;
  tables.council.push({
    la_code: identity.laCode,
    new_la_code: identity.newLaCode,
    name: identity.name,
    region: identity.region,
  });
  const firstYear = yearOf(ctx.windowStart) - 1;
  const lastYear = yearOf(ctx.end);
  for (let year = firstYear; year <= lastYear; year++) {
    const drift = 1 + (year - lastYear) * 0.002;
    const aged = Math.round(params.population * drift);
    tables.council_population.push({ year, aged_0_17: aged, aged_10_17: Math.round(aged * 0.45) });
  }
  for (const [kind, points] of [
    ['assessment', 2],
    ['cin', 2],
    ['cp', 3],
    ['cla', 3],
    ['care_leaver', 1.5],
    ['proceedings', 5],
    ['early_help', 1],
    ['youth_justice', 2],
  ] as const) {
    tables.workload_weight.push({ case_kind: kind, points });
  }
  ctx.homes.forEach((home, i) => {
    const opened = ctx.windowStart - random.int(2000, 8000);
    tables.childrens_home.push({
      id: home.id,
      name: home.secure ? 'Kestrel Secure Unit' : HOME_NAMES[i % HOME_NAMES.length]!,
      urn: home.urn,
      places: home.secure ? 12 : random.int(3, 6),
      secure: home.secure,
      opened: iso(opened),
      closed: null,
    });
    let n = 0;
    for (let day = ctx.windowStart + random.int(0, 180); day <= ctx.end; day += random.int(150, 220)) {
      n += 1;
      tables.home_inspection.push({
        id: `${home.id}-I${n}`,
        home_id: home.id,
        inspection_date: iso(day),
        grade: random.weighted(GRADES),
      });
    }
  });
  supportingFamilies(ctx, tables, kept);
  quality(ctx, tables, workforce, kept);
  money(ctx, tables, firstYear, lastYear);
}

function supportingFamilies(ctx: SimContext, tables: Tables, kept: Kid[]): void {
  const { random } = ctx;
  const families = new Map<string, string>();
  for (const row of tables.early_help_episode) {
    const family = row.family_id as string;
    if (!families.has(family) && random.chance(0.5)) families.set(family, row.referral_date as string);
  }
  let claims = 0;
  for (const [family, attached] of families) {
    tables.sf_family.push({ family_id: family, attached_date: attached });
    if (!random.chance(0.45)) continue;
    const day = dayNumber(attached) + random.int(180, 500);
    if (day > ctx.end) continue;
    claims += 1;
    const { year, month } = partsFromDayNumber(day);
    const quarter = Math.floor((month - 1) / 3) + 1;
    tables.sf_claim.push({
      id: `SF${claims}`,
      family_id: family,
      claim_date: iso(day),
      kind: random.chance(0.85) ? 'sustained_progress' : 'continuous_employment',
      claim_window: `${year}-Q${quarter}`,
    });
  }
  void kept;
}

function quality(ctx: SimContext, tables: Tables, workforce: Workforce, kept: Kid[]): void {
  const { random } = ctx;
  const themes = [
    'management oversight',
    'voice of the child',
    'chronology',
    'plan SMART',
    'timeliness',
    'risk analysis',
    'supervision',
  ];
  let audits = 0;
  for (const allocation of workforce.allocations) {
    if (allocation.need.kind !== 'social_worker' || !random.chance(0.05)) continue;
    const end = Math.min(allocation.end, ctx.end);
    if (end - allocation.start < 20) continue;
    audits += 1;
    tables.case_audit.push({
      id: `CA${audits}`,
      child_id: allocation.need.child.id,
      team_id: allocation.worker.team.id,
      worker_id: allocation.worker.id,
      audit_date: iso(allocation.start + random.int(10, end - allocation.start)),
      grade: random.weighted([
        ['outstanding', 5],
        ['good', 50],
        ['requires_improvement', 35],
        ['inadequate', 10],
      ]),
      auditor: random.pick([
        'Principal Social Worker',
        'Quality Assurance Team',
        'Head of Service',
        'Independent auditor',
      ]),
      themes: [...new Set([random.pick(themes), random.pick(themes)])],
    });
  }
  let checks = 0;
  for (const team of workforce.teams) {
    for (let day = ctx.windowStart + random.int(0, 200); day <= ctx.end; ) {
      checks += 1;
      const grade = random.weighted(GRADES);
      tables.team_health_check.push({ id: `THC${checks}`, team_id: team.id, check_date: iso(day), grade });
      day += grade === 'good' || grade === 'outstanding' ? random.int(330, 380) : random.int(160, 200);
    }
  }
  const ids = kept.filter((k) => k.birth <= ctx.end).map((k) => k.id);
  const complaintsPerYear = Math.max(4, Math.round(ctx.params.population / 1000));
  let complaints = 0;
  for (
    let day = ctx.windowStart;
    day <= ctx.end;
    day += Math.max(1, Math.round(random.exponential(365 / complaintsPerYear)))
  ) {
    complaints += 1;
    const closed = day + random.int(5, 60);
    tables.complaint.push({
      id: `CMP${complaints}`,
      received_date: iso(day),
      source: random.pick([
        'parent',
        'care leaver',
        'child',
        'relative',
        'residential unit',
        'foster carer',
        'secure unit',
      ]),
      theme: random.pick([
        'delay',
        'communication',
        'staff_attitude',
        'quality_of_service',
        'information_in_reports',
        'processes',
        'other',
      ]),
      child_id: ids.length && random.chance(0.8) ? random.pick(ids) : null,
      upheld: closed <= ctx.end ? random.chance(0.3) : null,
      closed_date: closed <= ctx.end ? iso(closed) : null,
    });
  }
  let surveys = 0;
  const firstYear = yearOf(ctx.windowStart);
  for (let year = firstYear; year <= yearOf(ctx.end); year++) {
    for (const [survey, question, rate] of [
      ['Parents survey', 'Satisfied with the service', 0.72],
      ['Children in care survey', 'I feel safe where I live', 0.88],
      ['Staff survey', 'I would recommend working here', 0.64],
    ] as const) {
      const from = dayNumberFromParts(year, 1, 1);
      const to = dayNumberFromParts(year, 3, 31);
      if (to > ctx.end) continue;
      const respondents = random.int(40, 300);
      surveys += 1;
      tables.survey_result.push({
        id: `SR${surveys}`,
        survey,
        question,
        period_from: iso(from),
        period_to: iso(to),
        respondents,
        positive: Math.round(respondents * Math.min(1, rate + random.normal(0, 0.04))),
      });
    }
  }
}

function money(ctx: SimContext, tables: Tables, firstYear: number, lastYear: number): void {
  const { random, params } = ctx;
  const scale = params.population / 65000;
  for (let year = firstYear; year <= lastYear; year++) {
    const growth = Math.pow(1.06, year - firstYear);
    const lines: [string, number, string[], string[]][] = [
      ['In-house fostering', 4.2e6, ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'], ['PR1']],
      ['Independent fostering', 5.1e6, ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'], ['PR4', 'PR5']],
      ['Residential agency placements', 9.8e6, ['K1', 'K2', 'S1', 'R3'], ['PR2', 'PR3', 'PR4', 'PR5']],
      ['Supported accommodation', 2.4e6, ['H5', 'K3', 'P2'], []],
      ['Social work staffing', 11.5e6, [], []],
    ];
    for (const [line, base, types, providers] of lines) {
      tables.budget_line.push({
        financial_year: year,
        line,
        budget: Math.round(base * scale * growth),
        placement_types: types,
        placement_providers: providers,
        expected_growth: Math.round(base * scale * 0.02 * random.next()),
      });
    }
  }
  for (let year = firstYear + 1; year <= lastYear; year++) {
    const m31 = march31(year);
    if (m31 > ctx.end) break;
    tables.measure_value.push({
      indicator_id: 'yj-reoffending',
      period_from: iso(march31(year - 1) + 1),
      period_to: iso(m31),
      level_kind: 'council',
      level_id: '',
      value: Math.round((28 + random.normal(0, 4)) * 10) / 10,
      numerator: null,
      denominator: null,
      note: 'Youth Justice Board re-offending tool (synthetic)',
      entered_by: 'cli:synth',
    });
  }
}
