/**
 * The care proceedings and permanence tracker at a date (seed 001: "a case tracking tool is used to
 * monitor the progress of cases within care proceedings and in the pre-proceedings stage so ... potential
 * drift can be identified at the earliest stage"): each case open in pre-proceedings or proceedings with
 * its stage, week number and expected end; the lists past 26 weeks and pre-proceedings past 16 weeks and
 * 3 months, and children without a permanence plan by their second review, all from the one clock engine
 * (src/practice/clocks); and the average duration of proceedings ending in the period with its
 * underlying numbers, from the proceedings-duration indicator. It names children: each is audited
 * (action view, entity `proceedings-tracker`) in the same transaction.
 */
import { recordAudits } from '../../access/audit.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import type { Db } from '../../store/db.ts';
import { queryClocks, type Clock } from '../clocks/engine.ts';
import type { ClockRule } from '../clocks/rules.ts';
import { councilOf, shownChildren, type ChildFilter } from '../council.ts';

export interface TrackedCase {
  childId: string;
  proceedingsId: string;
  stage: 'pre-proceedings' | 'proceedings';
  /** Pre-proceedings start, or the issue date. */
  stageStarted: string;
  /** Week of the stage the date falls in (week 1 is the first seven days). */
  week: number;
  /** 16 weeks after the pre-proceedings start; 26 weeks after issue. */
  expectedEnd: string;
  /** The clocks of this case (plo-16w, plo-3m, proceedings-26w) with their status. */
  clocks: Array<Pick<Clock, 'clockId' | 'due' | 'status' | 'daysOver'>>;
}

/** DfE adoption scorecard A1 threshold: 426 days (14 months) from entering care to moving in with adopters. */
export const A1_THRESHOLD_DAYS = 426;

export interface AdoptionCase {
  childId: string;
  adoptionId: string;
  enteredCare: string;
  decision: string;
  placementOrder: string | null;
  matched: string | null;
  placed: string | null;
  /** Days from entering care to placed for adoption, or to the date when not yet placed (A1's measure). */
  daysInCare: number;
  overA1: boolean;
  /** The adoption-match clock (A2: matched within 121 days of the placement order), when it runs. */
  match: Pick<Clock, 'due' | 'status' | 'daysOver'> | null;
}

export interface ProceedingsReport {
  laCode: string;
  at: string;
  period: string;
  cases: TrackedCase[];
  past26Weeks: TrackedCase[];
  prePast16Weeks: TrackedCase[];
  prePast3Months: TrackedCase[];
  /** Children looked after without a permanence plan by their second review (clock permanence-plan overdue). */
  noPermanencePlan: Array<Pick<Clock, 'childId' | 'started' | 'due' | 'daysOver'>>;
  /** Children with an adoption decision and no adoption order or reversal at the date (ADM, placement order, match, placed). */
  adoption: AdoptionCase[];
  /** Proceedings ending in the period: the mean weeks from issue to final order, and the numbers behind it. */
  duration: { cases: number; weeks: number; averageWeeks: number | null; from: string; to: string };
}

interface CaseRow {
  child_id: string;
  id: string;
  stage: TrackedCase['stage'];
  stage_started: string;
  week: number;
  expected_end: string;
}

const TRACKER_CLOCKS = ['plo-16w', 'plo-3m', 'proceedings-26w', 'permanence-plan', 'adoption-match'];

export async function proceedingsTracker(
  db: Db,
  request: {
    la?: string | undefined;
    at: string;
    period: string;
    rules: readonly ClockRule[];
    actor: string;
    via: string;
    /** Only the children the viewer may see are listed (the average duration is a figure of every case). */
    visible?: ChildFilter | undefined;
  },
): Promise<ProceedingsReport> {
  const laCode = await db.transaction((tx) => councilOf(tx, request.la));
  // The indicator engine runs its own transaction; the figure names no child.
  const [duration] = await evaluateIndicators(db, {
    ids: ['proceedings-duration'],
    at: request.at,
    period: request.period,
    level: 'council',
    la: laCode,
  });
  return db.transaction(async (tx) => {
    const rows = await tx.query<CaseRow>(
      `SELECT child_id, id, stage, stage_started::text AS stage_started,
              ((($2::date - stage_started) / 7) + 1)::int AS week, expected_end::text AS expected_end
         FROM (
           SELECT child_id, id,
                  CASE WHEN issue_date IS NOT NULL AND issue_date <= $2::date THEN 'proceedings' ELSE 'pre-proceedings' END AS stage,
                  CASE WHEN issue_date IS NOT NULL AND issue_date <= $2::date THEN issue_date ELSE pre_proceedings_start END AS stage_started,
                  CASE WHEN issue_date IS NOT NULL AND issue_date <= $2::date THEN issue_date + 182
                       ELSE pre_proceedings_start + 112 END AS expected_end
             FROM care_proceedings
            WHERE la_code = $1
              AND ((issue_date <= $2::date AND (final_order_date IS NULL OR final_order_date > $2::date))
                OR (pre_proceedings_start <= $2::date AND (issue_date IS NULL OR issue_date > $2::date)
                    AND (pre_proceedings_end IS NULL OR pre_proceedings_end > $2::date)))
         ) open_cases
        ORDER BY stage, stage_started, child_id`,
      [laCode, request.at],
    );
    const rules = request.rules.filter((r) => TRACKER_CLOCKS.includes(r.id));
    const clocks = await queryClocks(tx, { laCode, at: request.at, rules });
    const shown = await shownChildren(tx, request.visible, [
      ...rows.map((r) => r.child_id),
      ...clocks.filter((c) => c.clockId === 'permanence-plan' || c.clockId === 'adoption-match').map((c) => c.childId),
    ]);
    const cases: TrackedCase[] = rows
      .filter((r) => shown.has(r.child_id))
      .map((r) => ({
        childId: r.child_id,
        proceedingsId: r.id,
        stage: r.stage,
        stageStarted: r.stage_started,
        week: Number(r.week),
        expectedEnd: r.expected_end,
        clocks: clocks
          .filter((c) => c.recordId === r.id && c.status !== 'met' && c.status !== 'met late')
          .map(({ clockId, due, status, daysOver }) => ({ clockId, due, status, daysOver })),
      }));
    const overdue = (id: string) =>
      cases.filter((c) => c.clocks.some((k) => k.clockId === id && k.status === 'overdue'));
    const noPermanencePlan = clocks
      .filter((c) => c.clockId === 'permanence-plan' && c.status === 'overdue' && shown.has(c.childId))
      .map(({ childId, started, due, daysOver }) => ({ childId, started, due, daysOver }));
    const adoption = await adoptionCases(tx, laCode, request.at, clocks, request.visible);
    const children = [
      ...new Set([
        ...cases.map((c) => c.childId),
        ...noPermanencePlan.map((c) => c.childId),
        ...adoption.map((a) => a.childId),
      ]),
    ].sort();
    if (children.length)
      await recordAudits(
        tx,
        children.map((childId) => ({
          laCode,
          actor: request.actor,
          action: 'view' as const,
          entity: 'proceedings-tracker',
          childId,
          detail: { at: request.at, via: request.via },
        })),
      );
    const weeks = Number(duration?.numerator ?? 0);
    const count = Number(duration?.denominator ?? 0);
    return {
      laCode,
      at: request.at,
      period: request.period,
      cases,
      past26Weeks: overdue('proceedings-26w'),
      prePast16Weeks: overdue('plo-16w'),
      prePast3Months: overdue('plo-3m'),
      noPermanencePlan,
      adoption,
      duration: {
        cases: count,
        weeks: Math.round(weeks * 10) / 10,
        averageWeeks: count ? Math.round((weeks / count) * 10) / 10 : null,
        from: duration?.period.from ?? request.at,
        to: duration?.period.to ?? request.at,
      },
    };
  });
}

interface AdoptionRow {
  child_id: string;
  id: string;
  entered_care: string;
  decision: string;
  placement_order: string | null;
  matched: string | null;
  placed: string | null;
  days_in_care: number;
}

async function adoptionCases(
  db: Db,
  laCode: string,
  at: string,
  clocks: readonly Clock[],
  visible: ChildFilter | undefined,
): Promise<AdoptionCase[]> {
  const rows = await db.query<AdoptionRow>(
    `SELECT a.child_id, a.id, cp.start_date::text AS entered_care, a.decision_date::text AS decision,
            CASE WHEN a.placement_order_date <= $2::date THEN a.placement_order_date::text END AS placement_order,
            CASE WHEN a.match_date <= $2::date THEN a.match_date::text END AS matched,
            CASE WHEN a.placed_date <= $2::date THEN a.placed_date::text END AS placed,
            (CASE WHEN a.placed_date <= $2::date THEN a.placed_date ELSE $2::date END) - cp.start_date AS days_in_care
       FROM adoption a JOIN care_period cp ON cp.la_code = a.la_code AND cp.id = a.care_period_id
      WHERE a.la_code = $1 AND a.decision_date <= $2::date
        AND (a.order_date IS NULL OR a.order_date > $2::date) AND (a.reversal_date IS NULL OR a.reversal_date > $2::date)
      ORDER BY cp.start_date, a.child_id`,
    [laCode, at],
  );
  const shown = await shownChildren(
    db,
    visible,
    rows.map((r) => r.child_id),
  );
  return rows
    .filter((r) => shown.has(r.child_id))
    .map((r) => {
      const clock = clocks.find((c) => c.clockId === 'adoption-match' && c.recordId === r.id);
      return {
        childId: r.child_id,
        adoptionId: r.id,
        enteredCare: r.entered_care,
        decision: r.decision,
        placementOrder: r.placement_order,
        matched: r.matched,
        placed: r.placed,
        daysInCare: Number(r.days_in_care),
        overA1: Number(r.days_in_care) > A1_THRESHOLD_DAYS,
        match: clock ? { due: clock.due, status: clock.status, daysOver: clock.daysOver } : null,
      };
    });
}
