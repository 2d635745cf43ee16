/**
 * What the performance framework computes for one document: the shape the framework (framework/) builds
 * and every renderer (documents/) reads. A renderer never queries the store; it lays out this model, so
 * HTML, PDF, XLSX, DOCX, CSV and JSON of one scorecard always agree.
 */
import type { Polarity, Unit } from '../indicators/definition.ts';
import type { LevelRef } from '../indicators/result.ts';

export type Rag = 'green' | 'amber' | 'red';
export type Direction = 'improving' | 'worsening' | 'no-change';
export type Frequency = 'monthly' | 'quarterly' | 'annual';
/** Up to date; late (latest data older than the frequency allows); missing (a manual measure not entered). */
export type ResultStatus = 'up-to-date' | 'late' | 'missing';

/** One point of a trend: a period end and the value there (null when nothing could be computed). */
export interface TrendPoint {
  at: string;
  value: number | null;
  target: number | null;
  /**
   * The counts the value is made of, when the engine gave them: a public document suppresses a point of a
   * percentage or mean taken over a small cohort by these, point by point (the current value's cohort
   * says nothing about earlier ones).
   */
  numerator?: number | null | undefined;
  denominator?: number | null | undefined;
}

/** A published comparison from the DfE tables (data/dfe/), for the latest year published by the date. */
export interface Benchmarks {
  /** The DfE table and measure the indicator is compared with. */
  source: string;
  /** The collection year of the figures (e.g. "2024-25"). */
  year: string;
  council: number | null;
  england: number | null;
  region: { name: string; value: number | null } | null;
  statisticalNeighbours: number | null;
  /** 1 = best among all councils, judged by polarity; null when unpublished. */
  rank: number | null;
  of: number | null;
  /** 1 = best quarter. */
  quartile: 1 | 2 | 3 | 4 | null;
  /** The same figures a year earlier, for two-year tables (seed 000). */
  previous?: Omit<Benchmarks, 'source' | 'previous'> | undefined;
}

export interface Commentary {
  id: string;
  kind: 'comment' | 'action';
  text: string;
  author: string;
  /** When it was written; the period it was written for. */
  writtenAt: string;
  period: string;
  /** True when carried forward from an earlier period (shown with its date). */
  carriedForward: boolean;
  /** Actions only. */
  owner?: string | undefined;
  due?: string | undefined;
}

/** One measure of the framework, as one row of a scorecard (seed 001, Appendix B). */
export interface ScorecardRow {
  indicatorId: string;
  /** Parameters the framework sets (e.g. care-leavers-eet ages 19-21). */
  params: Record<string, string>;
  title: string;
  unit: Unit;
  polarity: Polarity;
  frequency: Frequency;
  officer: string | null;
  /** Last financial year's outturn (value at 31 March). */
  lastYearOutturn: number | null;
  /** The target in force for the period (quarter or month target when set, else the year's). */
  target: number | null;
  current: number | null;
  numerator: number | null;
  denominator: number | null;
  /**
   * A count's rate per population (e.g. referrals per 10,000 aged 0-17) at council level, when the
   * catalogue gives one: the unit the DfE's benchmarks for counts are in.
   */
  rate?: { per: number; value: number | null } | undefined;
  /** The date the current value is for ("last available result"). */
  lastAvailable: string | null;
  status: ResultStatus;
  rag: Rag | null;
  /** RAG bands in words, as the seeds print them ("Green >= 95%, Amber 90% - 94%, Red <= 89%"). */
  bands: string | null;
  /** Against the previous period and the same period last year. */
  direction: { previous: Direction | null; lastYear: Direction | null };
  trend: TrendPoint[];
  /** The underlying numbers in words ("231 children in foster care ... out of a total cohort of 285"). */
  underlying: string | null;
  benchmarks: Benchmarks | null;
  commentary: Commentary[];
  /** Why a value is missing, when it is. */
  note: string | null;
}

export interface ScorecardSection {
  id: string;
  title: string;
  rows: ScorecardRow[];
}

/** The whole scorecard for one date and level: what `kestrel scorecard` renders. */
export interface Scorecard {
  council: { laCode: string; name: string; region: string | null };
  at: string;
  /** The reporting period the document covers (e.g. "2024-25Q2", "2025-03"). */
  period: string;
  level: LevelRef & { name: string };
  framework: { name: string; version: number; effectiveFrom: string };
  sections: ScorecardSection[];
  /** When the model was built (the document's "produced on"). */
  producedAt: string;
}
