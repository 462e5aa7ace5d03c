import { hash, parseOptions, verify, type Options } from '@node-rs/argon2';
import type { InputIssue } from '../../platform/errors.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './identity.domain.ts';

/**
 * argon2id at OWASP's first recommended setting, m=19 MiB, t=2, p=1 (also the library's default).
 * Measured on the 2-core CI machine: ~15 ms a hash when quiet, 45–65 ms under load; `npm run bench`
 * reports sign-ins per second. A stronger cost (m=64 MiB, t=3) took 75–95 ms a hash and left a
 * 2-core server at 11–20 sign-ins a second, which a sign-in storm at the start of a working day
 * would queue behind. Hashing runs on libuv's thread pool, never on the event loop, and never
 * inside a database transaction (on PGlite that would hold the one connection). Rehashed at the
 * next sign-in when the cost is raised (ARGON2_MEMORY_KIB, ARGON2_TIME_COST).
 */
export function createPasswordHasher(cost: { memoryKib: number; timeCost: number }) {
  const options: Options = { memoryCost: cost.memoryKib, timeCost: cost.timeCost, parallelism: 1 };
  // A hash to verify against when the address has no account, so that an unknown address takes
  // as long to refuse as a wrong password.
  let decoy: Promise<string> | null = null;
  return {
    hash: (password: string) => hash(password, options),
    async verify(phc: string | null, password: string): Promise<boolean> {
      if (phc === null) {
        decoy ??= hash('no account has this password', options);
        await verify(await decoy, password);
        return false;
      }
      try {
        return await verify(phc, password);
      } catch {
        return false;
      }
    },
    needsRehash(phc: string): boolean {
      const p = parseOptions(phc);
      return p.memoryCost !== options.memoryCost || p.timeCost !== options.timeCost;
    },
  };
}

export type PasswordHasher = ReturnType<typeof createPasswordHasher>;

/** The password rules: long enough, not absurdly long, not the address itself. Repetition of a field: `confirm`. */
export function passwordIssues(
  field: string,
  password: string,
  email: string | null,
  confirm?: { field: string; value: string },
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!password) issues.push({ field, key: 'required' });
  else if ([...password].length < PASSWORD_MIN_LENGTH) issues.push({ field, key: 'tooShort', params: { min: PASSWORD_MIN_LENGTH } });
  else if ([...password].length > PASSWORD_MAX_LENGTH) issues.push({ field, key: 'tooLong', params: { max: PASSWORD_MAX_LENGTH } });
  else if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase()))
    issues.push({ field, key: 'passwordContainsEmail' });
  if (confirm && confirm.value !== password) issues.push({ field: confirm.field, key: 'passwordsDiffer' });
  return issues;
}
