/**
 * Turns published figures (rates per 10,000 and percentages) into the simulation's parameters: daily
 * event counts, branch probabilities, and mean durations chosen by Little's law (children in a state
 * at a date = starts per day x mean days in the state), so that the council's 31 March figures come
 * out at the published ones when the simulation has run long enough to reach a steady state.
 */
import type { Figures } from '../benchmarks/figures.ts';

export interface SimParams {
  population: number;
  /** Referrals per day. */
  referralsPerDay: number;
  reReferralShare: number;
  nfaShare: number;
  unbornShare: number;
  s47Share: number;
  /** Of S47 enquiries, those leading to a plan. */
  cpGivenS47: number;
  /** Share of CP plan starts that are for a child with an earlier plan. */
  repeatCpShare: number;
  /** Of CP plans, those ending because the child comes into care. */
  cpToCare: number;
  /** Referrals leading straight to care (not through a CP plan), excluding UASC arrivals. */
  directCareShare: number;
  /** UASC arrivals per day (each starts a period of care). */
  uascPerDay: number;
  /** Plans and periods of care (excluding short breaks) starting per day: the simulation steers to them. */
  cpStartsPerDay: number;
  careStartsPerDay: number;
  /** Mean CP plan length in days, and the share of plans lasting over 2 years. */
  cpMeanDays: number;
  cpLongShare: number;
  /** Mean days in care of a period (Little's law: stock / starts). */
  careMeanDays: number;
  /** Weight of long stays (to 18) among outcomes of care: the lever that sets the mean length of care. */
  longTermWeight: number;
  /** Mean CIN plan length in days. */
  cinPlanMeanDays: number;
  /** Children in care at 31 March with 3 or more placements in the year (see stability.ts). */
  stabilityShort: number;
  leaversEet: number;
  leaversAccommodation: number;
  caseloadPerFte: number;
  /** Referrals of disabled children who get short breaks (V3/V4). */
  shortBreakShare: number;
  /** Contacts that do not become referrals, per referral. */
  otherContactsPerReferral: number;
  earlyHelpPerDay: number;
  yjEntrantsPerDay: number;
}

const DAYS = 365.25;

/** Parameters for a council of `population` children aged 0-17 with the given published figures. */
export function simParams(figures: Figures, population: number): SimParams {
  const perDay = (ratePer10k: number) => (ratePer10k * population) / 10000 / DAYS;
  const referrals = figures.referralRate;
  const s47Share = Math.min(0.6, figures.s47Rate / referrals);
  const cpShare = Math.min(s47Share * 0.9, figures.cpStartRate / referrals);
  const cpToCare = 0.15;
  const uascStartRate = figures.claStartRate * 0.08;
  const careFromCp = figures.cpStartRate * cpToCare;
  const directCare = Math.max(0.002, (figures.claStartRate - uascStartRate - careFromCp) / referrals);
  const cpMeanDays = (figures.cpRate / figures.cpStartRate) * DAYS;
  const careMeanDays = (figures.claRate / figures.claStartRate) * DAYS;
  // Children in need at 31 March are those in care, on a plan, or being assessed; CIN plans fill the rest.
  const assessingStock = figures.referralRate * (32 / DAYS);
  const cinPlanStock = Math.max(
    figures.cinRate * 0.15,
    figures.cinRate - figures.claRate - figures.cpRate - assessingStock,
  );
  const cinPlanStarts =
    referrals * ((1 - 0.065 - s47Share) * 0.45 + (s47Share - cpShare) * 0.35) +
    figures.cpStartRate * 0.6 +
    figures.claCeasedRate * 0.3;
  const cinPlanMeanDays = Math.min(1000, Math.max(60, (cinPlanStock / cinPlanStarts) * DAYS));
  return {
    population,
    // UASC arrivals and early help step-ups are referrals too: the ordinary stream makes up the rest.
    referralsPerDay: perDay(referrals) - perDay(uascStartRate) - perDay(110) * 0.12,
    reReferralShare: figures.reReferralPct / 100,
    nfaShare: 0.065,
    unbornShare: 0.03,
    s47Share,
    cpGivenS47: cpShare / s47Share,
    repeatCpShare: figures.repeatCppPct / 100,
    cpToCare,
    directCareShare: directCare,
    uascPerDay: perDay(uascStartRate),
    cpStartsPerDay: perDay(figures.cpStartRate),
    careStartsPerDay: perDay(figures.claStartRate),
    cpMeanDays,
    cpLongShare: longPlanShare(figures.cpp2YearsPct / 100, cpMeanDays),
    careMeanDays,
    // England's mean stay (about 2.5 years) needs a weight of about 0.8 (measured); longer stays more.
    longTermWeight: 0.78 * Math.pow(careMeanDays / 365.25 / 2.53, 1.5),
    cinPlanMeanDays,
    stabilityShort: figures.stabilityShortPct / 100,
    leaversEet: figures.leaversEetPct / 100,
    leaversAccommodation: figures.leaversAccomPct / 100,
    caseloadPerFte: figures.caseloadPerFte,
    shortBreakShare: 0.02,
    otherContactsPerReferral: 1.2,
    earlyHelpPerDay: perDay(110),
    yjEntrantsPerDay: perDay(0.44 * 16),
  };
}

/**
 * Share of plans made long, so that `openShare` of plans open at 31 March have lasted 2 years: a long
 * plan is open at exactly one 31 March after its second anniversary (see need.ts), so the long plans
 * open at a 31 March are one year's worth: f x starts per year = openShare x plans open, and plans open
 * = starts per year x mean years.
 */
export function longPlanShare(openShare: number, meanDays: number): number {
  return Math.min(0.3, openShare * (meanDays / 365.25));
}

/** Mean length in days of a long plan: two years, to the next 31 March, and up to 300 days more. */
export const CP_LONG_MEAN_DAYS = 730 + 182 + 150;
