// Fails when any module imports itself through others, type-only imports included: a type-only cycle
// is still two modules that cannot be read (or moved) apart. Runs in `npm test` before the tests.
import { parseCircular, parseDependencyTree } from 'dpdm';

const roots = process.argv.slice(2);
const entries = roots.length > 0 ? roots : ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'bin/**/*.js'];
// transform: false keeps `import type` edges, which a transform to JavaScript would erase.
const tree = await parseDependencyTree(entries, { transform: false, context: process.cwd() });
const cycles = parseCircular(tree);
if (cycles.length > 0) {
  console.error(
    `${cycles.length} import cycle${cycles.length === 1 ? '' : 's'} (move the shared type or function into a module both can import):`,
  );
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(' -> ')}`);
  process.exit(1);
}
console.log(`no import cycles in ${Object.keys(tree).filter((file) => !file.includes('node_modules')).length} modules`);
