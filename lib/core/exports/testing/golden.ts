// Golden files: the expected output of a format, checked by eye once and then compared
// byte for byte. Run with UPDATE_GOLDEN=1 to write them after an intended change, then read the
// diff before committing it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function readGolden(name: string, actual: string): string {
  const file = new URL(`../__golden__/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual, 'utf8');
  if (!existsSync(file)) throw new Error(`No golden file ${name}: run the test with UPDATE_GOLDEN=1 and check the file by eye.`);
  return readFileSync(file, 'utf8');
}
