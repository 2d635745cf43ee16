// Builds the product `npm ci` installs (the `prepare` script): compiles src/ to JavaScript in dist/ with
// tsc (tsconfig.build.json) and copies the files the code reads at run time beside it (SQL migrations,
// .mjs workers, XSD schemas, data lists such as the breached-password list), so bin/kestrel.js never compiles at run time. Paths the code resolves
// from import.meta.url (data/, node_modules/) sit at the same depth from dist/ as from src/.
// `--incremental` keeps dist/ and recompiles only what changed (the built-CLI test uses it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'src');
const TARGET = join(ROOT, 'dist');
const RUNTIME_FILES = new Set(['.sql', '.mjs', '.xsd', '.txt']);

function runtimeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : runtimeFiles(path);
    return RUNTIME_FILES.has(extname(entry.name)) ? [path] : [];
  });
}

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without devDependencies: bin/kestrel.js then runs the sources with tsx.
  console.error(
    'kestrel build: TypeScript is not installed, so dist/ is not built; the kestrel command will run the sources with tsx.',
  );
  process.exit(0);
}
if (!process.argv.includes('--incremental')) rmSync(TARGET, { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
  cwd: ROOT,
});
if (compiled.status !== 0) {
  console.error('kestrel build: tsc failed (see above); dist/ is incomplete.');
  process.exit(compiled.status ?? 1);
}
for (const file of runtimeFiles(SOURCE)) {
  const target = join(TARGET, relative(SOURCE, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
// The rule registries as one file each: loading hundreds of rule modules one by one was most of a
// validation's start-up (scripts/bundle-rules.mjs).
await import('./bundle-rules.mjs');
