import { describe, expect, it } from 'vitest';
import { createNonce } from './security-headers.ts';

describe('the CSP nonce', () => {
  it('is 16 random bytes in base64, never the same twice across the pages of bytes it draws from', () => {
    const nonces = Array.from({ length: 1000 }, createNonce);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
