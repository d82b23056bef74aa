import 'dotenv/config';
import { Pool } from 'pg';
import { toSql } from 'pgvector';
import { randomUnitVector } from './synthetic-chunks';
import { seededRandom, percentile } from './stats';
const ORG = process.argv[2]; const IDX = process.argv[3] ?? 'scratch_hnsw'; const EF = process.argv[4] ?? '40';
(async () => {
  const pool = new Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/therapyrag', max: 2 });
  const patients = (await pool.query(`SELECT id FROM users WHERE organization_id=$1 AND role='PATIENT'`, [ORG])).rows.map((r) => r.id);
  const c = await pool.connect();
  await c.query(`SET hnsw.iterative_scan = relaxed_order; SET hnsw.ef_search=${EF}; SET enable_seqscan=off`);
  const r = seededRandom(3);
  const exactMs: number[] = [], hMs: number[] = []; let rec = 0; const N = 100;
  for (let i = 0; i < N + 10; i++) {
    const p = patients[Math.floor(r() * patients.length)]; const v = toSql(Array.from(randomUnitVector(612, r)));
    let t = performance.now();
    const e = (await pool.query(`SELECT c.id FROM session_chunks c JOIN sessions s ON s.id=c.session_id WHERE c.organization_id=$2 AND c.patient_id=$3 AND s.status='READY' AND s.deleted_at IS NULL AND c.embedding_model='bench-scratch' ORDER BY c.embedding <=> $1::vector, c.id LIMIT 5`, [v, ORG, p])).rows.map((x) => x.id);
    const em = performance.now() - t; t = performance.now();
    const h = (await c.query(`WITH n AS MATERIALIZED (SELECT c.id, c.embedding::vector(612) <=> $1::vector(612) d FROM session_chunks c JOIN sessions s ON s.id=c.session_id WHERE c.organization_id=$2 AND c.patient_id::text=$3 AND s.status='READY' AND s.deleted_at IS NULL AND c.embedding_model='bench-scratch' ORDER BY c.embedding::vector(612) <=> $1::vector(612) LIMIT 5) SELECT id FROM n ORDER BY d`, [v, ORG, p])).rows.map((x) => x.id);
    const hm = performance.now() - t;
    if (i >= 10) { exactMs.push(em); hMs.push(hm); rec += e.filter((x) => h.includes(x)).length / 5; }
  }
  console.log({ exactP50: percentile(exactMs, .5), exactP95: percentile(exactMs, .95), hP50: percentile(hMs, .5), hP95: percentile(hMs, .95), recall: rec / N });
  c.release(); await pool.end();
})();
