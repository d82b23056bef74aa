import 'dotenv/config';
import { Pool } from 'pg';
import { createCorpus } from './synthetic-chunks';
(async () => {
  const pool = new Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/therapyrag', max: 3 });
  const org = (await pool.query(`INSERT INTO organizations (name) VALUES ('Bench scratch') RETURNING id`)).rows[0].id;
  const t = performance.now();
  const c = await createCorpus(pool, { organizationId: org, patients: 1000, sessionsPerPatient: 8, chunksPerSession: 25, dimensions: 612, model: 'bench-scratch' });
  console.log(org, c.chunks, (performance.now() - t) / 1000);
  await pool.end();
})();
