/**
 * Which catalogue module defines each indicator, read from the modules themselves: the docs table
 * (scripts/generate-indicators-doc.ts) and the catalogue's conventions test use it, so neither can drift
 * from the code.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IndicatorDefinition } from './definition.ts';

export interface DefinitionSource {
  id: string;
  /** The exported name (camelCase of the id). */
  symbol: string;
  /** Path from the repository root, e.g. src/indicators/catalogue/front-door.ts. */
  file: string;
}

const CATALOGUE_DIR = join(import.meta.dirname, 'catalogue');
const ROOT = join(import.meta.dirname, '..', '..');

/** Every exported definition of every catalogue module, in file then export order. */
export async function definitionSources(): Promise<DefinitionSource[]> {
  const files = readdirSync(CATALOGUE_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
  const sources: DefinitionSource[] = [];
  for (const name of files) {
    const module = (await import(join(CATALOGUE_DIR, name))) as Record<string, unknown>;
    for (const [symbol, value] of Object.entries(module)) {
      if (isDefinition(value)) sources.push({ id: value.id, symbol, file: relative(ROOT, join(CATALOGUE_DIR, name)) });
    }
  }
  return sources;
}

/** The name a definition is exported under: its id in camelCase ('cpp-2-years-open' -> 'cpp2YearsOpen'). */
export function symbolFor(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
}

function isDefinition(value: unknown): value is IndicatorDefinition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Partial<IndicatorDefinition>;
  return typeof candidate.id === 'string' && (candidate.source === 'records' || candidate.source === 'manual') && typeof candidate.definition === 'string';
}
