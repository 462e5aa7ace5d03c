import { randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { openSecret, sealSecret, tokenHash } from '../../platform/secrets.ts';

const ISSUER = 'Perhekeskus';
const PERIOD_SECONDS = 30;

/**
 * TOTP as every authenticator app does it (SHA-1, 6 digits, 30 s). The key is shown as text to
 * type in, with the otpauth:// URI for apps that take one; no QR code. Keys are stored sealed
 * with SECRET_KEY, and a time step once accepted is never accepted again.
 */
export function createTotp(secretKey: Buffer) {
  const totpOf = (base32: string, label: string) =>
    new OTPAuth.TOTP({
      issuer: ISSUER,
      label,
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_SECONDS,
      secret: OTPAuth.Secret.fromBase32(base32),
    });
  return {
    /** A new key for enrolment: what to show, and what to store. */
    newKey(label: string) {
      const secret = new OTPAuth.Secret({ size: 20 });
      return { base32: secret.base32, uri: totpOf(secret.base32, label).toString(), sealed: sealSecret(secretKey, secret.base32) };
    },
    /** The key of a sealed secret, to show again while enrolment is unfinished. */
    reveal(sealed: string, label: string) {
      const base32 = openSecret(secretKey, sealed);
      return { base32, uri: totpOf(base32, label).toString() };
    },
    /**
     * The time step a code belongs to (this one, or one either side for clock drift), or null;
     * a step not above `lastStep` is a replay and refused.
     */
    acceptedStep(sealed: string, code: string, now: Date, lastStep: number | null): number | null {
      if (!/^\d{6}$/.test(code)) return null;
      const totp = totpOf(openSecret(secretKey, sealed), 'check');
      const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
      if (delta === null) return null;
      const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
      return lastStep !== null && step <= lastStep ? null : step;
    },
    /** The code for a moment: for tests and the demo. */
    codeAt(base32: string, now: Date): string {
      return totpOf(base32, 'check').generate({ timestamp: now.getTime() });
    },
  };
}

export type Totp = ReturnType<typeof createTotp>;

/** Ten single-use recovery codes like `k7m2-q9xd`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

export const recoveryCodeHash = (code: string) => tokenHash(code.trim().toLowerCase());
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{4}-[a-z0-9]{4}$/i.test(code.trim());
