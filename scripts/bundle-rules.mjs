// Bundles each rule registry of the built product in place (dist/returns/*/rules/registry.js), run by
// scripts/build.mjs after tsc. A registry imports one module per DfE rule, some 450 files for the 903
// and the CIN census together; loading them one by one was most of `kestrel validate`'s start-up
// (200 ms of CPU and far more wall time on a busy disk, against about 25 ms bundled: docs/BENCHMARKS.md).
// Only the rule folder is bundled: anything outside it (calendar, codes, findings, the rule form, the
// ONS directory) stays a shared module, as do the CIN joins and rows, whose functions are compared by
// identity with the memo validate.ts opens (cin-census/rules/joins.ts).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REGISTRIES = ['dist/returns/ssda903/rules', 'dist/returns/cin-census/rules'];
const BANNER = '// Bundled by scripts/bundle-rules.mjs';
const SHARED = new Set(['dist/returns/cin-census/rules/joins.js', 'dist/returns/cin-census/rules/rows.js']);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('kestrel build: esbuild is not installed, so the rule registries are not bundled (slower start-up).');
  process.exit(0);
}

for (const folder of REGISTRIES) {
  const dir = resolve(ROOT, folder);
  const entry = resolve(dir, 'registry.js');
  // tsc's registry.js is kept as registry-modules.js: an incremental build that leaves registry.js as
  // it was (the bundle) still bundles the rule modules it did recompile.
  const modules = resolve(dir, 'registry-modules.js');
  if (!readFileSync(entry, 'utf8').startsWith(BANNER)) copyFileSync(entry, modules);
  const keepOut = {
    name: 'keep-outside-modules-shared',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.importer === '') return undefined;
        const target = resolve(dirname(args.importer), args.path);
        const inside = target.startsWith(`${dir}/`);
        if (inside && !SHARED.has(relative(ROOT, target))) return undefined;
        // Shared: imported from the bundle's own place (the registry file), so the path is relative to it.
        let path = relative(dir, target);
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [modules],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    packages: 'external',
    plugins: [keepOut],
    logLevel: 'error',
  });
  const text = result.outputFiles[0].text;
  writeFileSync(entry, `${BANNER} from registry-modules.js and the rule modules beside it.\n${text}`);
  console.error(
    `kestrel build: bundled ${relative(ROOT, entry)} (${(readFileSync(entry).length / 1024).toFixed(0)} KB)`,
  );
}
