import { describe, expect, it } from 'vitest';
// The public entry, not the module: a custom UI built on headless alone must be able to import it.
import { allowedLink } from '../core.ts';

const origins = ['https://app.acme.test', 'http://localhost:3000'];

describe('allowedLink (exported by @auditkit/headless)', () => {
  it('gives an http(s) URL on an allowed origin, normalised', () => {
    expect(allowedLink('https://app.acme.test/users/42?tab=audit#top', origins)).toBe(
      'https://app.acme.test/users/42?tab=audit#top',
    );
    expect(allowedLink('HTTPS://APP.ACME.TEST:443/a/../b', origins)).toBe('https://app.acme.test/b');
    expect(allowedLink('http://localhost:3000/x', origins)).toBe('http://localhost:3000/x');
  });

  it('refuses script, data and other schemes, even on an allowed host', () => {
    for (const candidate of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)//https://app.acme.test',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://app.acme.test/6f1c',
      'file:///etc/passwd',
      'ftp://app.acme.test/',
    ])
      expect(allowedLink(candidate, origins), candidate).toBeUndefined();
  });

  it('refuses a URL with a user name or password, which can dress another site as the trusted one', () => {
    expect(allowedLink('https://app.acme.test@evil.example/', origins)).toBeUndefined();
    expect(allowedLink('https://user:pass@app.acme.test/', origins)).toBeUndefined();
    expect(allowedLink('https://:pass@app.acme.test/', origins)).toBeUndefined();
  });

  it('refuses another origin: another host, scheme or port', () => {
    for (const candidate of [
      'https://evil.example/',
      'https://app.acme.test.evil.example/',
      'http://app.acme.test/',
      'https://app.acme.test:8443/',
      'http://localhost:3001/',
    ])
      expect(allowedLink(candidate, origins), candidate).toBeUndefined();
    expect(allowedLink('https://app.acme.test/', [])).toBeUndefined();
  });

  it('never throws on text that is no URL, prototype names and broken origins included', () => {
    for (const candidate of ['', 'app.acme.test', '/relative', '__proto__', 'constructor', 'https://', '%'])
      expect(allowedLink(candidate, origins), candidate).toBeUndefined();
    expect(
      allowedLink('https://app.acme.test/', ['__proto__', 'constructor', 'not a url', 'null']),
    ).toBeUndefined();
    // An opaque origin ('null') of an allowed entry never matches an http(s) URL.
    expect(allowedLink('https://app.acme.test/', ['data:text/plain,x'])).toBeUndefined();
    expect(allowedLink('https://__proto__.acme.test/', ['https://__proto__.acme.test'])).toBe(
      'https://__proto__.acme.test/',
    );
  });
});
