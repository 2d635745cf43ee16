/**
 * Teams, workers and allocations as the workforce sweep makes them (workforce.ts, case-sweep.ts).
 * Kept apart so that the social worker episode rules (social-worker-episodes.ts) can read an
 * allocation without importing the sweep that makes them.
 */
import type { AllocationNeed, CaseTeam, Kid } from './model.ts';

export interface Team {
  id: string;
  kind: CaseTeam | 'front_door';
  name: string;
  locality: string;
  workers: Worker[];
}

export interface Worker {
  id: string;
  team: Team;
  role: string;
  fte: number;
  qualified: boolean;
  agency: boolean;
  start: number;
  end: number;
  load: number;
  open: Set<Allocation>;
}

/** One worker holding one span of a child's need, from `start` to `end` (OPEN while it lasts). */
export interface Allocation {
  id: string;
  need: AllocationNeed;
  worker: Worker;
  start: number;
  end: number;
  /** Why the case left this worker (903 SW_REASON), null when the need ended. */
  reason: string | null;
}

export interface Workforce {
  teams: Team[];
  workers: Worker[];
  allocations: Allocation[];
  /** Allocations per child, in date order, for visits and the care leaver's personal adviser. */
  byChild: Map<Kid, Allocation[]>;
}
