/**
 * Builds a document under disclosure control. Charts and sparklines are drawn from the model, not from
 * table cells, so a public document is assembled twice: once to find every hidden figure, and again
 * with those figures known, so no chart shows what a table hides.
 */
import type { Marking, ReportDocument } from './document.ts';
import type { Disclosure } from './row-figures.ts';
import { DEFAULT_THRESHOLD, suppressDocument } from './suppression.ts';

export interface DisclosureOptions {
  marking: Marking;
  /** Counts below this are suppressed in public documents (default 5). */
  threshold?: number | undefined;
}

export function buildDisclosed(
  assemble: (disclosure: Disclosure) => ReportDocument,
  options: DisclosureOptions,
): ReportDocument {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new Error(`the suppression threshold must be a whole number from 1, got ${threshold}`);
  if (options.marking === 'internal') return assemble({ marking: 'internal', threshold, hidden: new Set() });
  const first = assemble({ marking: 'public', threshold, hidden: new Set() });
  const hidden = suppressDocument(first, threshold);
  const document = assemble({ marking: 'public', threshold, hidden });
  suppressDocument(document, threshold);
  return document;
}
