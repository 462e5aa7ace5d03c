import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reference material the tests check against (the official HSDS 3.0 schemas, PTV's v11 model
 * examples, the everyday questions): a copy in tests/fixtures/reference, so any clone can run the
 * tests. SHARED_DIR (a folder of the same layout, such as the `../shared` the copy came from)
 * is looked at first.
 */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

let candidates: string[] | null = null;
function sharedCandidates(): string[] {
  candidates ??= [
    ...new Set(
      [process.env.SHARED_DIR, join(repositoryRoot, 'tests', 'fixtures', 'reference')]
        .filter((d): d is string => Boolean(d))
        .map((d) => resolve(d)),
    ),
  ];
  return candidates;
}

/**
 * A folder of the reference material that holds `probe`, or an error that says where it was looked for and
 * how to point at it: a test that needs the material fails with this, never with a bare ENOENT.
 */
export function sharedPath(folder: string, probe: string, override?: string): string {
  const looked = [...(override ? [resolve(override)] : []), ...sharedCandidates().map((d) => join(d, folder))];
  const found = looked.find((d) => existsSync(join(d, probe)));
  if (!found)
    throw new Error(
      `${folder} (${probe}) is not in ${looked.join(' or ')}: the copy in tests/fixtures/reference is missing; restore it, or set SHARED_DIR` +
        (override === undefined ? '' : ' (or the folder itself in its own variable)'),
    );
  return found;
}
