import { describe, expect, it } from 'vitest';
// The public entry, not the module: a custom UI built on headless alone must be able to import it.
import { auditActor, UNSHOWABLE_VALUE } from '../core.ts';

describe('auditActor (exported by @auditkit/headless)', () => {
  it('names a user who has a name but no email by the name, not as the system', () => {
    expect(auditActor({ user: 'Ada' })).toEqual({
      name: 'Ada',
      email: '',
      impersonatedBy: '',
      system: false,
    });
  });

  it('gives the name with the email beside it, once when they are the same', () => {
    expect(auditActor({ user: 'Ada Lovelace', email: 'ada@acme.test', userId: 'u1' })).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@acme.test',
    });
    expect(auditActor({ user: 'ada@acme.test', email: 'ada@acme.test' })).toMatchObject({
      name: 'ada@acme.test',
      email: '',
    });
  });

  it('names a user with only an email by the email', () => {
    expect(auditActor({ email: ' ada@acme.test ', user: '' })).toEqual({
      name: 'ada@acme.test',
      email: '',
      impersonatedBy: '',
      system: false,
    });
  });

  it('names a user Frontegg sends by id alone by the id, not as the system', () => {
    expect(auditActor({ userId: 'user1' })).toEqual({
      name: 'user1',
      email: '',
      impersonatedBy: '',
      system: false,
    });
  });

  it('says who impersonated, and an impersonator alone is a person, not the system', () => {
    expect(auditActor({ user: 'Ada', actorMail: 'support@vendor.io' })).toMatchObject({
      name: 'Ada',
      impersonatedBy: 'support@vendor.io',
      system: false,
    });
    expect(auditActor({ user: '', email: null, actorMail: 'support@vendor.io' })).toEqual({
      name: '',
      email: '',
      impersonatedBy: 'support@vendor.io',
      system: false,
    });
  });

  it('is the system only when the event names no user and no impersonator', () => {
    expect(auditActor({})).toEqual({ name: '', email: '', impersonatedBy: '', system: true });
    expect(auditActor({ user: '  ', email: null, userId: undefined, actorMail: '' })).toMatchObject({
      system: true,
    });
  });

  it('reads hostile values as text and never inherited fields', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(auditActor({ user: { first: 'Ada' }, email: ['a@acme.test'], actorMail: cyclic })).toEqual({
      name: '{"first":"Ada"}',
      email: '["a@acme.test"]',
      impersonatedBy: UNSHOWABLE_VALUE,
      system: false,
    });
    // An event parsed from JSON with a `__proto__` key holds it as its own field, and names nobody by it.
    const parsed = JSON.parse('{"__proto__": {"user": "Mallory"}, "constructor": "x"}') as object;
    expect(auditActor(parsed)).toMatchObject({ name: '', system: true });
    // Fields an event only inherits are not who acted.
    expect(auditActor(Object.create({ user: 'Mallory', actorMail: 'evil@x.test' }) as object)).toMatchObject({
      name: '',
      impersonatedBy: '',
      system: true,
    });
    expect(auditActor({ user: '\u202Efdp.exe' }).name).toBe('⟨U+202E⟩fdp.exe');
  });
});
