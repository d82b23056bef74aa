import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/db/migrator';

/** Columns and enums as schema.prisma declares them, parsed from the file itself. */
function parsePrismaSchema(text: string) {
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) enums.set(m[1], m[2].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//')));
  const modelNames = new Set([...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));
  const tables = new Map<string, Map<string, { type: string; nullable: boolean }>>();
  for (const m of text.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const table = /@@map\("([^"]+)"\)/.exec(m[2])?.[1] ?? m[1];
    const columns = new Map<string, { type: string; nullable: boolean }>();
    for (const line of m[2].split('\n').map((l) => l.trim())) {
      const field = /^(\w+)\s+([\w]+(?:\("[^"]*"\))?)(\[\])?(\?)?/.exec(line);
      if (!field || line.startsWith('@@') || line.startsWith('//')) continue;
      const baseType = field[2].replace(/\(.*$/, '');
      if (modelNames.has(baseType)) continue; // relation field, no column
      const column = /@map\("([^"]+)"\)/.exec(line)?.[1] ?? field[1];
      const type = field[2].startsWith('Unsupported') ? /"([^"]+)"/.exec(field[2])![1] : field[3] ? `${baseType}[]` : baseType;
      columns.set(column, { type, nullable: field[4] === '?' || Boolean(field[3]) });
    }
    tables.set(table, columns);
  }
  return { enums, tables };
}

const PG_TYPE: Record<string, string[]> = {
  String: ['text', 'uuid'], Int: ['integer'], Float: ['double precision'], Boolean: ['boolean'],
  DateTime: ['timestamp with time zone'], BigInt: ['bigint'], Bytes: ['bytea'], Json: ['jsonb'], 'String[]': ['ARRAY'],
  vector: ['USER-DEFINED'], tsvector: ['tsvector'],
};

let client: Client;
beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe('schema.prisma and the SQL migrations agree', () => {
  const schema = parsePrismaSchema(readFileSync(path.resolve(__dirname, '../../prisma/schema.prisma'), 'utf8'));

  it('every model field is a column of the right type and nullability, and nothing more', async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map<string, Map<string, { dataType: string; udt: string; nullable: boolean }>>();
    for (const r of rows) {
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Map());
      actual.get(r.table_name)!.set(r.column_name, { dataType: r.data_type, udt: r.udt_name, nullable: r.is_nullable === 'YES' });
    }
    expect([...actual.keys()].sort()).toEqual([...schema.tables.keys()].sort());
    for (const [table, columns] of schema.tables) {
      const dbColumns = actual.get(table)!;
      expect([...dbColumns.keys()].sort(), table).toEqual([...columns.keys()].sort());
      for (const [name, declared] of columns) {
        const db = dbColumns.get(name)!;
        const expected = schema.enums.has(declared.type) ? ['USER-DEFINED'] : PG_TYPE[declared.type];
        expect(expected, `${table}.${name}: unknown type ${declared.type}`).toBeDefined();
        expect(expected, `${table}.${name}`).toContain(db.dataType);
        if (schema.enums.has(declared.type)) expect(db.udt, `${table}.${name}`).toBe(declared.type);
        if (declared.type === 'vector') expect(db.udt).toBe('vector');
        expect(db.nullable, `${table}.${name} nullable`).toBe(declared.nullable);
      }
    }
  });

  it('every enum has the same values in the database', async () => {
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = new Map(rows.map((r) => [r.typname, r.labels]));
    for (const [name, values] of schema.enums) expect(actual.get(name), name).toEqual(values);
  });

  it('records every migration the way Prisma does, and a second run applies nothing', async () => {
    const { rows } = await client.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    expect(await migrate(process.env.DATABASE_URL!)).toEqual([]);
  });
});
