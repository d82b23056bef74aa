import type { Pool } from 'pg';
import { seededRandom } from './stats';

/** The shape of a synthetic corpus: how many patients, sessions and chunks, and the vector size. */
export interface CorpusShape {
  organizationId: string;
  patients: number;
  sessionsPerPatient: number;
  chunksPerSession: number;
  dimensions: number;
  model: string;
}

/** What was created: the patients (for principals) and the seed the vectors came from. */
export interface Corpus {
  patientIds: string[];
  chunks: number;
}

const ROWS_PER_INSERT = 500;
const CONNECTIONS = 2;

/**
 * Fills one organization with READY sessions and chunks carrying random unit vectors, straight
 * through pg: users and sessions by generate_series, chunks by multi-row INSERTs whose vectors go
 * as binary parameters (pgvector's wire format), so neither side formats or parses float text.
 * Sessions are inserted in shuffled order, each session's chunks together, as a clinic's uploads
 * would interleave patients on disk.
 */
export async function createCorpus(pool: Pool, shape: CorpusShape, seed = 7): Promise<Corpus> {
  const { organizationId } = shape;
  const therapist = await pool.query<{ id: string }>(
    `INSERT INTO users (organization_id, email, name, role) VALUES ($1, 'therapist-' || gen_random_uuid() || '@bench.test', 'bench therapist', 'THERAPIST') RETURNING id`,
    [organizationId],
  );
  const patients = await pool.query<{ id: string }>(
    `INSERT INTO users (organization_id, email, name, role)
     SELECT $1, 'patient-' || g || '-' || gen_random_uuid() || '@bench.test', 'bench patient ' || g, 'PATIENT' FROM generate_series(1, $2::int) g
     RETURNING id`,
    [organizationId, shape.patients],
  );
  const sessions = await pool.query<{ id: string; patient_id: string }>(
    `INSERT INTO sessions (organization_id, patient_id, therapist_id, status, mime_type, size_bytes, duration_sec, recorded_at)
     SELECT $1, p.id, $2, 'READY', 'audio/wav', 115200000, 3600, now() - make_interval(days => g * 7)
     FROM users p CROSS JOIN generate_series(1, $3::int) g WHERE p.organization_id = $1 AND p.role = 'PATIENT'
     RETURNING id, patient_id`,
    [organizationId, therapist.rows[0].id, shape.sessionsPerPatient],
  );
  const random = seededRandom(seed);
  const order = shuffle(sessions.rows, random);
  const rows = order.flatMap((session) => Array.from({ length: shape.chunksPerSession }, (_, ordinal) => ({ session, ordinal })));
  let next = 0;
  // Two connections: one fills a batch while the other's INSERT runs in PostgreSQL.
  const workers = Array.from({ length: CONNECTIONS }, async () => {
    while (next < rows.length) {
      const batch = rows.slice(next, next + ROWS_PER_INSERT);
      next += ROWS_PER_INSERT;
      await insertChunks(pool, shape, batch, random);
    }
  });
  await Promise.all(workers);
  await pool.query('ANALYZE users, sessions, session_chunks');
  return { patientIds: patients.rows.map((p) => p.id), chunks: rows.length };
}

async function insertChunks(pool: Pool, shape: CorpusShape, batch: { session: { id: string; patient_id: string }; ordinal: number }[], random: () => number): Promise<void> {
  const values: unknown[] = [shape.organizationId, shape.model];
  const tuples = batch.map(({ session, ordinal }) => {
    const at = values.push(session.id, session.patient_id, ordinal, vectorParameter(randomUnitVector(shape.dimensions, random)));
    const [s, p, o, v] = [at - 3, at - 2, at - 1, at];
    return `($${s}::uuid, $${p}::uuid, $1::uuid, $${o}::int, 'Patient: synthetic passage ' || $${o}::int, $${o}::int * 120, $${o}::int * 120 + 120, '{channel_0,channel_1}', 400, $2, $${v}::vector)`;
  });
  await pool.query(
    `INSERT INTO session_chunks (session_id, patient_id, organization_id, ordinal, text, start_sec, end_sec, speakers, token_count, embedding_model, embedding)
     VALUES ${tuples.join(',\n')}`,
    values,
  );
}

/** A random direction: normal components (Box–Muller), scaled to length 1. */
export function randomUnitVector(dimensions: number, random: () => number): Float32Array {
  const vector = new Float32Array(dimensions);
  let sum = 0;
  for (let i = 0; i < dimensions; i++) {
    const value = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    vector[i] = value;
    sum += value * value;
  }
  const norm = Math.sqrt(sum);
  for (let i = 0; i < dimensions; i++) vector[i] /= norm;
  return vector;
}

/** pgvector's binary input (vector_recv): int16 dimensions, int16 unused, then big-endian float4s. pg sends a Buffer as a binary parameter. */
export function vectorParameter(vector: Float32Array): Buffer {
  const buffer = Buffer.allocUnsafe(4 + vector.length * 4);
  buffer.writeInt16BE(vector.length, 0);
  buffer.writeInt16BE(0, 2);
  for (let i = 0; i < vector.length; i++) buffer.writeFloatBE(vector[i], 4 + i * 4);
  return buffer;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
