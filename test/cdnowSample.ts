// Where the tests find the CDNOW sample: the course's shared folder beside the project
// (../shared, never copied into it). A clone made elsewhere (a temporary CI folder) finds it
// through LOYALTY_LAB_SHARED or the workplace's /work/shared.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = 'data/cdnow/CDNOW_sample.txt';
const repoRoot = resolve(import.meta.dirname, '..');

export function cdnowSamplePath(): string {
  const candidates = [
    ...(process.env.LOYALTY_LAB_SHARED ? [resolve(process.env.LOYALTY_LAB_SHARED, FILE)] : []),
    resolve(repoRoot, '../shared', FILE),
    resolve('/work/shared', FILE),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`the CDNOW sample is not in ${candidates.join(' or ')}: set LOYALTY_LAB_SHARED to the shared folder`);
  return found;
}
