import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above `from` with a package.json (scripts/ under tsx, dist/scripts/ compiled). */
export function projectRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    if (path.dirname(directory) === directory) return process.cwd();
  }
}
