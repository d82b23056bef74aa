import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaFile } from '../src/graphql/print-schema';

/** `npm run schema`: regenerates schema.graphql from the code (CI fails when it is stale). */
printSchemaFile().then((sdl) => {
  writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl);
  console.log('[schema] wrote schema.graphql');
});
