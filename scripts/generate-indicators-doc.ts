/**
 * Writes the table at the end of docs/INDICATORS.md: every catalogue id with the module and export that
 * define it, read from the catalogue itself so the table cannot drift from the code (a test in
 * src/indicators/catalogue/conventions.test.ts fails when it has). The text above the table is the
 * catalogue specification and is edited by hand. Run after adding or moving a definition:
 *   node --import tsx scripts/generate-indicators-doc.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../src/indicators/catalogue/index.ts';
import { TABLE_MARKER, definitionSources, definitionTable } from '../src/indicators/catalogue-sources.ts';

const DOC = join(import.meta.dirname, '..', 'docs', 'INDICATORS.md');

const text = readFileSync(DOC, 'utf8');
const at = text.indexOf(TABLE_MARKER);
const specification = at === -1 ? `${text.trimEnd()}\n\n` : text.slice(0, at);
writeFileSync(DOC, `${specification}${TABLE_MARKER}\n\n${definitionTable(CATALOGUE, await definitionSources())}`);
console.log(`docs/INDICATORS.md: ${CATALOGUE.length} indicators`);
