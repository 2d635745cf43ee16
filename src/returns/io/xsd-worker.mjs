// Runs validateXmlFile (xsd.ts) in a worker thread for xsd-aside.ts. Plain JavaScript so the worker
// can register tsx before it loads the TypeScript sources; in the built product (dist/, scripts/build.mjs)
// it sits beside the compiled xsd.js and loads that.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

async function loadXsd() {
  const compiled = new URL('./xsd.js', import.meta.url);
  if (existsSync(compiled)) return import(compiled.href);
  // libxml2-wasm is plain JavaScript: loaded before tsx is registered it is not transformed, which
  // would cost over 100 MB here (a megabyte of WebAssembly inlined in its source). xsd.ts's own import
  // of it then finds it loaded.
  await import('libxml2-wasm');
  // A worker does not get the parent's tsx hooks (neither `--import tsx` nor register()), so it registers its own.
  const { register } = await import('tsx/esm/api');
  register();
  return import('./xsd.ts');
}

try {
  const { validateXmlFile } = await loadXsd();
  const findings = await validateXmlFile(workerData.path, workerData.kind, { year: workerData.year });
  parentPort.postMessage({ findings });
} catch (error) {
  parentPort.postMessage({ failed: error instanceof Error ? error.message : String(error) });
}
