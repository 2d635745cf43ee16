/**
 * The team pack a health check starts from (seed 002 paragraph 21: "all the available performance
 * information, broken down to individual team level, is collated and used as the basis for an
 * assessment"): the team's figures for the indicators measured at team level beside the council's, its
 * statutory clocks (running, due soon, overdue) beside the council's, its workload against the ideal, and
 * its health check history. Counts only, naming no child, so nothing here is audited per child.
 */
import { evaluateIndicators, getIndicator } from '../../indicators/evaluate.ts';
import type { Db } from '../../store/db.ts';
import { queryClocks } from '../clocks/engine.ts';
import type { ClockRule } from '../clocks/rules.ts';
import { checkLevel, councilOf } from '../council.ts';
import type { WorkloadModel } from '../workload/model.ts';
import { workloadReport, type TeamLoad } from '../workload/workload.ts';
import { healthCheckHistory, healthChecksDue, type TeamCheckDue } from './checks.ts';

/** The measures of a team pack unless others are asked for: those a team is answerable for. */
export const PACK_INDICATORS = [
  'referral-decision-1wd',
  're-referrals-12m',
  'assessment-timeliness-45wd',
  'cin-plan-reviews-6wk',
  'icpc-timeliness-15wd',
  'cpp-reviews-in-time',
  'cpp-visits-10wd',
  'cpp-repeat',
  'cla-reviews-in-time',
  'cla-health-checks',
  'audits-by-grade',
  'workload-points',
];

export interface PackFigure {
  id: string;
  title: string;
  unit: string;
  polarity: string;
  team: { value: number | null; numerator: number | null; denominator: number | null };
  council: { value: number | null; numerator: number | null; denominator: number | null };
}

export interface ClockCounts {
  clockId: string;
  title: string;
  team: { running: number; dueSoon: number; overdue: number };
  council: { running: number; dueSoon: number; overdue: number };
}

export interface TeamPack {
  laCode: string;
  teamId: string;
  at: string;
  period: string;
  figures: PackFigure[];
  clocks: ClockCounts[];
  workload: {
    team: TeamLoad | null;
    ideal: number;
    experiencedAboveIdeal: { above: number; of: number; percent: number | null };
  };
  healthCheck: TeamCheckDue | null;
  history: Array<{ date: string; grade: string }>;
}

export async function teamPack(
  db: Db,
  request: {
    la?: string | undefined;
    teamId: string;
    at: string;
    period: string;
    ids?: readonly string[] | undefined;
    rules: readonly ClockRule[];
    model: WorkloadModel;
    actor: string;
    via: string;
  },
): Promise<TeamPack> {
  const laCode = await db.transaction(async (tx) => {
    const code = await councilOf(tx, request.la);
    await checkLevel(tx, code, { kind: 'team', id: request.teamId });
    return code;
  });
  const ids = (request.ids ?? PACK_INDICATORS).filter((id) => {
    const def = getIndicator(id);
    return !def.levels || def.levels.includes('team');
  });
  const ask = (level: string) =>
    evaluateIndicators(db, { ids, at: request.at, period: request.period, level, la: laCode });
  const team = await ask(`team:${request.teamId}`);
  const council = await ask('council');
  const figure = (r: (typeof team)[number] | undefined) => ({
    value: r?.value ?? null,
    numerator: r?.numerator ?? null,
    denominator: r?.denominator ?? null,
  });
  const figures = ids.map((id) => {
    const t = team.find((r) => r.id === id);
    return {
      id,
      title: t?.title ?? id,
      unit: t?.unit ?? '',
      polarity: t?.polarity ?? '',
      team: figure(t),
      council: figure(council.find((r) => r.id === id)),
    };
  });
  const clocks = await db.transaction(async (tx) => {
    const all = await queryClocks(tx, { laCode, at: request.at, rules: request.rules });
    const count = (list: typeof all) => ({
      running: list.filter((c) => c.status === 'on time' || c.status === 'due soon' || c.status === 'overdue').length,
      dueSoon: list.filter((c) => c.status === 'due soon').length,
      overdue: list.filter((c) => c.status === 'overdue').length,
    });
    return request.rules
      .map((rule) => {
        const ofRule = all.filter((c) => c.clockId === rule.id);
        return {
          clockId: rule.id,
          title: rule.title,
          team: count(ofRule.filter((c) => c.teamId === request.teamId)),
          council: count(ofRule),
        };
      })
      .filter((c) => c.council.running > 0);
  });
  const workload = await workloadReport(db, {
    la: laCode,
    at: request.at,
    level: { kind: 'team', id: request.teamId },
    model: request.model,
    actor: request.actor,
    via: request.via,
  });
  const due = await healthChecksDue(db, { la: laCode, at: request.at });
  const history = await healthCheckHistory(db, { la: laCode, to: request.at });
  return {
    laCode,
    teamId: request.teamId,
    at: request.at,
    period: request.period,
    figures,
    clocks,
    workload: {
      team: workload.teams[0] ?? null,
      ideal: workload.ideal,
      experiencedAboveIdeal: workload.experiencedAboveIdeal,
    },
    healthCheck: due.teams.find((t) => t.teamId === request.teamId) ?? null,
    history: (history.teams.find((t) => t.teamId === request.teamId)?.checks ?? []).map(({ date, grade }) => ({
      date,
      grade,
    })),
  };
}
