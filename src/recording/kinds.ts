/** Every kind of event that can be recorded, by the path segment that names it. */
import { CARE_EVENTS } from './care-events.ts';
import type { EventKind } from './event-kind.ts';
import { NEED_EVENTS } from './need-events.ts';

export const EVENT_KINDS: readonly EventKind[] = [...NEED_EVENTS, ...CARE_EVENTS] as unknown as readonly EventKind[];

export function eventKind(kind: string): EventKind | undefined {
  return EVENT_KINDS.find((candidate) => candidate.kind === kind);
}
