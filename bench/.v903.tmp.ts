import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate903 } from './returns.ts';
import { write903Csv } from '../src/returns/io/write-903-csv.ts';
import { validate903 } from '../src/returns/store/validate.ts';
const dir = mkdtempSync(join(tmpdir(), 'v9-'));
await write903Csv(join(dir, '903'), generate903(2000, 5));
for (let i = 0; i < 2; i++) { const s = performance.now(); const v = await validate903([join(dir, '903')], { year: 2025 }); console.log('validate903', Math.round(performance.now() - s), v.findings.length); }
