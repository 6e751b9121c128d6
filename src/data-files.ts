// Where the shipped data files are: data/ beside src/ when run from source, beside dist/ when bundled
// (this file is one folder below the package's root either way).

import path from 'node:path';

export function dataFile(...parts: string[]): string {
  return path.join(import.meta.dirname, '..', 'data', ...parts);
}
