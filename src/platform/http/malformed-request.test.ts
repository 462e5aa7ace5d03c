import { describe, expect, it } from 'vitest';
import { checkRequestTarget } from './malformed-request.ts';

describe('checkRequestTarget', () => {
  it('accepts ordinary and percent-encoded UTF-8', () => {
    expect(checkRequestTarget('http://x/fi/search?q=%C3%A4itiysneuvola&municipality=491')).toBeNull();
    expect(checkRequestTarget('http://x/sv/search?q=r%C3%A5dgivning+barn')).toBeNull();
  });

  it('refuses bytes that are not UTF-8, NUL characters and huge URLs', () => {
    expect(checkRequestTarget('http://x/fi/search?q=%FF')?.reason).toBe('invalidEncoding');
    expect(checkRequestTarget('http://x/fi/search?q=%ED%A0%80')?.reason).toBe('invalidEncoding');
    expect(checkRequestTarget('http://x/fi/search?q=a%00b')?.reason).toBe('controlCharacter');
    expect(checkRequestTarget('http://x/fi/%FF')?.reason).toBe('invalidEncoding');
    expect(checkRequestTarget(`http://x/fi/search?q=${'a'.repeat(16_000)}`)?.reason).toBe('uriTooLong');
  });
});
