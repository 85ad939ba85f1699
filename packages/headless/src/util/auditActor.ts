import { valueToText } from './valueToText.ts';

/** The event fields {@link auditActor} reads (every `AuditEvent` has them). */
export interface AuditActorEvent {
  /** The user's name. */
  user?: unknown;
  email?: unknown;
  userId?: unknown;
  /** Who impersonated the user, when someone did. */
  actorMail?: unknown;
}

/** Who acted on an event, as display text (each `''` when the event does not say it). */
export interface AuditActor {
  /** Names who acted: the user's name, else their email, else their user id. */
  name: string;
  /** The user's email beside a `name` that is not already it (`''` when the name is the email or there is none). */
  email: string;
  /** Who impersonated the user (`actorMail`). */
  impersonatedBy: string;
  /** No user and no impersonator: the system acted. Show "System", never "unknown". */
  system: boolean;
}

/**
 * Who acted on an event, as `<AuditLog>`'s user cell shows it: the name, else the email, else the user id (Frontegg
 * sends events that name their user by id alone: a person acted, not the system); the email beside a name; who
 * impersonated them; and `system` only when the event names no user and no impersonator (an impersonator alone is
 * still a person). Each text is `valueToText`'s, trimmed: never throws, an object is compact JSON, hidden formatting
 * characters are shown, and a value too deep to show is `UNSHOWABLE_VALUE` for your UI to word. Only the event's own
 * fields are read, never inherited ones.
 *
 * @example
 * ```tsx
 * const actor = auditActor(event);
 * <td>
 *   {actor.system ? 'System' : actor.name}
 *   {actor.email && <small>{actor.email}</small>}
 *   {actor.impersonatedBy && <small>Impersonated by {actor.impersonatedBy}</small>}
 * </td>
 * ```
 */
export function auditActor(event: AuditActorEvent): AuditActor {
  // `Object.hasOwn` throws on a missing event, as reading its fields did: a broken event is an error, not "System".
  const text = (key: keyof AuditActorEvent) =>
    Object.hasOwn(event, key) ? valueToText(event[key]).trim() : '';
  const user = text('user');
  const email = text('email');
  const impersonatedBy = text('actorMail');
  const name = user || email || text('userId');
  return {
    name,
    email: user && email !== user ? email : '',
    impersonatedBy,
    system: !name && !impersonatedBy,
  };
}
