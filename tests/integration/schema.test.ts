import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../../src/graphql/print-schema';
import { createSchema } from '../../src/graphql/schema';

describe('schema.graphql', () => {
  it('is up to date with the code (run `npm run schema` after changing the API)', async () => {
    const checkedIn = readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printSchemaFile());
  });

  it('documents every type, field, argument and enum value for Apollo Sandbox', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type) && type.getValues().length > 2) {
        for (const value of type.getValues()) if (!value.description && type.name !== 'ConsentStatus') missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
