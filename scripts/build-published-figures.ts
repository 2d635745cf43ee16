/**
 * Writes data/dfe/published-figures.json: every DfE counterpart's figures per year and area in the compact
 * form src/framework/published.ts reads instead of parsing the CSVs in each command. Run after changing a
 * table in data/dfe/ or a counterpart: `node --import tsx scripts/build-published-figures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { COMPACT_FIGURES_FILE, computeCompactFigures } from '../src/framework/published.ts';

process.env.KESTREL_DFE_TABLES = '1';
writeFileSync(COMPACT_FIGURES_FILE, `${JSON.stringify(computeCompactFigures())}\n`);
console.log(`Wrote ${COMPACT_FIGURES_FILE}.`);
