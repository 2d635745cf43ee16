// Starts pglite-thread.ts in a worker when Kestrel runs from its TypeScript sources (tests, npm run
// kestrel). A worker does not inherit the parent's tsx hooks, so it registers its own; PGlite is loaded
// first, untransformed (tsx would otherwise rewrite megabytes of its JavaScript). The compiled product
// runs pglite-thread.js directly.
await import('@electric-sql/pglite');
const { register } = await import('tsx/esm/api');
register();
await import('./pglite-thread.ts');
