/**
 * Test factories: `buildX(db, overrides?)` inserts one synthetic row of table X with sensible defaults
 * (council 990, ids from a counter) and returns it. A factory creates the parents it needs when the
 * overrides do not name them, so a test states only what matters to it.
 */
export { TEST_LA, nextId } from './factories/insert.ts';
export * from './factories/people.ts';
export * from './factories/need.ts';
export * from './factories/care.ts';
export * from './factories/permanence.ts';
export * from './factories/later.ts';
export * from './factories/quality-money.ts';
