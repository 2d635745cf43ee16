import { PGlite } from '@electric-sql/pglite';
import { embeddedStore } from '/work/main/src/store/open.ts';
import { migrate } from '/work/main/src/store/migrate.ts';
import { insertRows } from '/work/main/src/store/bulk.ts';
const pg = await PGlite.create();
const db = embeddedStore(pg, 'mem');
await migrate(db);
await db.query(`INSERT INTO council (la_code, name) VALUES ('990','x')`);
const kids = Array.from({ length: 20000 }, (_, i) => ({ la_code: '990', id: 'C' + i, sex: 'M', ethnicity: 'WBRI', date_of_birth: '2010-01-01' }));
let t = Date.now(); await insertRows(db, 'child', kids); console.log('child', Date.now() - t);
await db.query(`INSERT INTO team (la_code,id,name,kind,opened) VALUES ('990','T1','t','fieldwork','2010-01-01')`);
await db.query(`INSERT INTO worker (la_code,id,name,role,team_id,fte,qualified,start_date) VALUES ('990','W1','w','social_worker','T1',1,true,'2010-01-01')`);
const mk = (n: number, off: number) => Array.from({ length: n }, (_, i) => ({ la_code: '990', id: 'V' + (i + off), child_id: 'C' + (i % 20000), worker_id: 'W1', visit_date: '2020-01-01', kind: 'cin', seen: true, seen_alone: false }));
for (const batch of [1000, 5000, 20000]) {
  const rows = mk(60000, batch * 100);
  t = Date.now(); await db.transaction(async (tx) => { await insertRows(tx, 'visit', rows, batch); }); console.log('json batch', batch, Date.now() - t, 'rss', Math.round(process.memoryUsage().rss / 1e6));
}
// unnest
const rows = mk(60000, 9000000);
t = Date.now();
await db.transaction(async (tx) => {
  for (let s = 0; s < rows.length; s += 5000) {
    const b = rows.slice(s, s + 5000);
    await tx.query(`INSERT INTO visit (la_code,id,child_id,worker_id,visit_date,kind,seen,seen_alone) SELECT * FROM unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::date[],$6::text[],$7::bool[],$8::bool[])`,
      [b.map(r => r.la_code), b.map(r => r.id), b.map(r => r.child_id), b.map(r => r.worker_id), b.map(r => r.visit_date), b.map(r => r.kind), b.map(r => r.seen), b.map(r => r.seen_alone)]);
  }
});
console.log('unnest', Date.now() - t, 'rss', Math.round(process.memoryUsage().rss / 1e6));
const rows2 = mk(60000, 8000000);
t = Date.now();
await db.transaction(async (tx) => { await tx.exec('SET LOCAL session_replication_role = replica'); await insertRows(tx, 'visit', rows2, 5000); });
console.log('json no-fk', Date.now() - t);
// COPY from blob
const rows3 = mk(60000, 7000000);
t = Date.now();
const csv = rows3.map(r => [r.la_code, r.id, r.child_id, r.worker_id, r.visit_date, r.kind, r.seen, r.seen_alone].join(',')).join('\n');
await pg.query(`COPY visit (la_code,id,child_id,worker_id,visit_date,kind,seen,seen_alone) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
console.log('copy', Date.now() - t, 'rss', Math.round(process.memoryUsage().rss / 1e6));
