import { describe, expect, test } from 'vitest';
import { safeRedirectPath } from './search-params';

describe('the redirect after signing in', () => {
  test('keeps a path inside the app, with its query', () => {
    expect(safeRedirectPath('/member-invitations/abc?x=1')).toBe('/member-invitations/abc?x=1');
  });

  test('refuses other sites and odd values, falling back to the home page', () => {
    for (const value of [null, '', 'https://evil.example', '//evil.example', '/\\evil', 'o/1']) {
      expect(safeRedirectPath(value)).toBe('/');
    }
  });
});
