import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reference material beside the repository (`../shared`: the official HSDS 3.0 schemas and
 * examples, the PTV v11 description), found from the repository's root however the tests are
 * started: from the checkout itself, or from a git worktree elsewhere, whose `../shared` is the
 * main checkout's. SHARED_DIR overrides both.
 */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

function mainCheckoutRoot(): string | null {
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirname(common);
  } catch {
    return null;
  }
}

let candidates: string[] | null = null;
function sharedCandidates(): string[] {
  candidates ??= [
    ...new Set(
      [process.env.SHARED_DIR, join(repositoryRoot, '..', 'shared'), mainCheckoutRoot() && join(mainCheckoutRoot()!, '..', 'shared')]
        .filter((d): d is string => Boolean(d))
        .map((d) => resolve(d)),
    ),
  ];
  return candidates;
}

/**
 * A folder of ../shared that holds `probe`, or an error that says where it was looked for and
 * how to point at it: a test that needs the material fails with this, never with a bare ENOENT.
 */
export function sharedPath(folder: string, probe: string, override?: string): string {
  const looked = [...(override ? [resolve(override)] : []), ...sharedCandidates().map((d) => join(d, folder))];
  const found = looked.find((d) => existsSync(join(d, probe)));
  if (!found)
    throw new Error(
      `${folder} (${probe}) is not in ${looked.join(' or ')}: put the shared material beside the repository, or set SHARED_DIR` +
        (override === undefined ? '' : ' (or the folder itself in its own variable)'),
    );
  return found;
}
