/**
 * Outcomes of children in care: the 903 OC2 measures (offending, health) for children looked after
 * continuously for 12 months, and missing episodes with their return home interviews.
 */
import type { RecordIndicator, RowsContext } from '../definition.ts';
import { rowsInPeriod } from '../builders.ts';
import { collectionYearSql, joinEpisodeOpenAt, oc2CohortSql, periodOfEpisode, shiftDate } from './care-sql.ts';

const FAMILY = 'Children in care';

/** OC2 cohort rows at w.at with the child's OC2 record for the collection year as `ho` (may be null). */
function oc2Rows(ctx: RowsContext, numerator: string, extraWhere = ''): string {
  return `SELECT ${ctx.columns({
    subject: 'e.child_id',
    record: 'cp.id',
    levelDate: 'w.at',
    numerator: `coalesce(${numerator}, false)`,
    detail: `'in care since ' || cp.start_date || CASE WHEN ho.child_id IS NULL THEN '; no OC2 record' ELSE '' END`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  ${periodOfEpisode('e', 'cp')}
  JOIN child ch ON ch.la_code = e.la_code AND ch.id = e.child_id
  LEFT JOIN health_outcome ho ON ho.la_code = e.la_code AND ho.child_id = e.child_id AND ho.year = ${collectionYearSql('w.at')}
  WHERE ${oc2CohortSql('w.at')} ${extraWhere}`;
}

/**
 * DfE OC2 (la_conviction_health_outcome_cla): CONVICTED = 1 among children looked after 12 months at
 * 31 March. The DfE publishes it for children aged 10 to 17 on 31 March ("Convictions: Children looked
 * after Ages 10 to 17 years"; under 10 is below the age of criminal responsibility), so that is the
 * default; `ages` = all counts the whole OC2 cohort.
 */
export const claOffended: RecordIndicator = {
  id: 'cla-offended',
  title: 'Children in care who offended',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'snapshot',
  definition:
    'Children aged 10 to 17 at the reference date looked after continuously for 12 months (OC2 cohort, short breaks ' +
    'excluded) convicted or subject to a youth caution or youth conditional caution in the year (903 OC2 CONVICTED) / ' +
    'those children (DfE OC2 convictions, ages 10-17); `ages` = all for the whole OC2 cohort.',
  params: {
    ages: { description: '10-17 (the DfE table; default) or all ages', default: '10-17', choices: ['10-17', 'all'] },
  },
  source: 'records',
  aggregate: 'percent',
  rows: (ctx, params) =>
    oc2Rows(
      ctx,
      'ho.convicted',
      params.ages === 'all'
        ? ''
        : `AND ${shiftDate('ch.date_of_birth', '10 years')} <= w.at AND ${shiftDate('ch.date_of_birth', '18 years')} > w.at`,
    ),
};

const HEALTH_PARTS: Record<string, string> = {
  both: 'ho.health_assessment AND ho.teeth_check',
  'health-assessment': 'ho.health_assessment',
  dental: 'ho.teeth_check',
  immunisations: 'ho.immunisations',
  development: 'ho.health_check',
};

/**
 * DfE OC2 health: HEALTH_ASSESSMENT = 1 and TEETH_CHECK = 1 (each reportable alone, with
 * IMMUNISATIONS and, for children under 5 at the date only, HEALTH_CHECK development assessments).
 */
export const claHealthChecks: RecordIndicator = {
  id: 'cla-health-checks',
  title: 'Health of children in care: health assessments and dental checks up to date',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    'OC2 cohort (looked after continuously 12 months at the reference date) with an annual health assessment and a ' +
    'dental check in the year / OC2 cohort; parameter `part` reports one item (development checks: children under 5 ' +
    'only) (DfE OC2).',
  params: {
    part: {
      description: 'both (default), or one item of the OC2 record',
      default: 'both',
      choices: Object.keys(HEALTH_PARTS),
    },
  },
  source: 'records',
  aggregate: 'percent',
  rows: (ctx, params) =>
    oc2Rows(
      ctx,
      HEALTH_PARTS[params.part ?? 'both'] ?? HEALTH_PARTS.both!,
      params.part === 'development' ? `AND ${shiftDate('ch.date_of_birth', '5 years')} > w.at` : '',
    ),
};

/**
 * cla-missing `kind`: which 903 MISSING code counts. The DfE publishes missing (M: "not at their placement
 * or a place they are expected to be and their whereabouts is not known") and away from placement without
 * authorisation (A: "whereabouts is known but ... not at their placement", carer concerned or police
 * told) as separate figures (CLA data guidance, "CLA who were missing or away from placement without
 * authorisation", footnotes 3-4); the default is missing, as the DfE's missing table.
 */
const MISSING_KINDS: Record<string, string> = { missing: "m.kind = 'M'", away: "m.kind = 'A'", both: 'true' };

function missingKind(params: Readonly<Record<string, string>>): string {
  return MISSING_KINDS[params.kind ?? 'missing'] ?? MISSING_KINDS.missing!;
}

/** Missing episodes (903 Missing) of the kind asked for that started in the window, of children in care. */
const missingStartedRows = (kind: string) =>
  rowsInPeriod({
    from: 'missing_episode m',
    date: 'm.start_date',
    where: kind,
    columns: {
      category: 'm.kind',
      detail: `CASE m.kind WHEN 'M' THEN 'missing' ELSE 'away' END || ' from ' || m.start_date || coalesce(' to ' || m.end_date, ' (not returned)')`,
    },
  });

/** cla-missing `measure`: children (default), episodes, or the return-interview share. */
const MISSING_MEASURES = ['children', 'episodes', 'rhi-72h'] as const;

/**
 * Missing from care (903 Missing; statutory guidance on children who run away or go missing from home
 * or care, DfE 2014). `children`: children in care with an episode of the kind asked for starting in the
 * period, each once (the episodes in the drill-down); `episodes`: those episodes; `rhi-72h`: episodes
 * ending in the period with a return home interview offered within 72 hours of the return (dates only:
 * on or before the third day after the day the child came back) / episodes ending in the period.
 */
export const claMissing: RecordIndicator = {
  id: 'cla-missing',
  title: 'Children missing from care and return interviews',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  definition:
    'Children in care with a missing episode (903 MISSING = M, whereabouts not known: the DfE definition; `kind` = away ' +
    'for away from placement without authorisation (A), both for either) starting in the period (`measure` = children, ' +
    'default); the episodes (`episodes`); or % of episodes ending in the period with a return home interview offered ' +
    'within 72 hours (`rhi-72h`).',
  params: {
    measure: {
      description: 'children (default), episodes, or rhi-72h',
      default: 'children',
      choices: MISSING_MEASURES,
    },
    kind: {
      description: 'missing (M, the DfE definition; default), away (A, away without authorisation), or both',
      default: 'missing',
      choices: Object.keys(MISSING_KINDS),
    },
  },
  source: 'records',
  aggregate: 'count',
  distinct: true,
  categories: [
    { code: 'M', label: 'Missing' },
    { code: 'A', label: 'Away without authorisation' },
  ],
  adapt: (params) => {
    if (params.measure === 'episodes') return { distinct: false };
    if (params.measure === 'rhi-72h') return { aggregate: 'percent', unit: 'percent', polarity: 'H', distinct: false };
    return {};
  },
  rows: (ctx, params) =>
    (params.measure === 'rhi-72h' ? rhiRows(missingKind(params)) : missingStartedRows(missingKind(params)))(
      ctx,
      params,
    ),
};

/** Missing episodes of the kind asked for that ended in the window, with the return home interview offered within 72 hours. */
const rhiRows = (kind: string) =>
  rowsInPeriod({
    from: 'missing_episode m',
    date: 'm.end_date',
    where: kind,
    columns: {
      numerator: 'm.rhi_offered_date <= m.end_date + 3',
      category: 'm.kind',
      detail: `'returned ' || m.end_date || coalesce(', interview offered ' || m.rhi_offered_date, ', no interview offered')`,
    },
  });
