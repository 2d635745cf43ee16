/**
 * The shapes of care as the simulation builds it: the legal statuses and placements of a period of
 * care, and the period itself while it waits to be written (after the placement stability pass).
 * Kept apart from the code that makes them, so that the context can hold pending periods without the
 * care modules and the context importing each other.
 */
import type { Kid } from './model.ts';

/** How a period of care ends (care.ts picks it; the placements and the reason ceased follow it). */
export type CareOutcome = 'return' | 'adoption' | 'sgo' | 'cao' | 'eighteen' | 'other' | 'remand';

/** A change of legal status (903 LS) on a day of the simulation. */
export interface LegalChange {
  day: number;
  status: string;
}

/** One placement in a period of care (the placement table; 903 PLACE and PLACE_PROVIDER). */
export interface Placement {
  start: number;
  end: number;
  type: string;
  provider: string;
  carer: string | null;
  urn: string | null;
  homeId: string | null;
  postcode: string;
  inArea: boolean;
  weeklyCost: number;
  /** Why the child moved into this placement (903 REASON_PLACE_CHANGE), for moves. */
  reason?: string;
  /** The same carers as the placement before (a change of placement type only: RNE T or U). */
  sameCarer?: boolean;
}

/** A period of care whose placements may still gain moves (see stability.ts) before it is written. */
export interface PendingPeriod {
  kid: Kid;
  periodId: string;
  start: number;
  end: number;
  legal: LegalChange[];
  placements: Placement[];
  need: string;
  rec: string;
}
