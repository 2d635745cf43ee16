#!/usr/bin/env node
// The `kestrel` command. Runs the JavaScript that `npm ci` built into dist/ (scripts/build.mjs); it never
// compiles at run time. Only a development checkout without dist/ (installed with --ignore-scripts, or
// without TypeScript) falls back to running the sources through tsx. After changing src/, rebuild with
// `npm run build`, or run the sources directly with `npm run kestrel -- ...`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
let runCli;
if (existsSync(built)) {
  ({ runCli } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/main.ts'));
}
await runCli(process.argv);
