import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { valueToText } from '../ui/valueToText.ts';

/** The event fields {@link UserCell} reads. */
export interface UserCellEvent {
  user?: unknown;
  email?: unknown;
  userId?: unknown;
  actorMail?: unknown;
}

/** Props of {@link UserCell}. */
export interface UserCellProps {
  event: UserCellEvent;
}

/**
 * Who acted: name and email; "System" (never "unknown") for events with no user; an "Impersonated by …" mark
 * when the actor was impersonating.
 *
 * @example
 * ```tsx
 * <UserCell event={{ user: 'Ada', email: 'ada@example.com', actorMail: 'support@vendor.com' }} />
 * ```
 */
export function UserCell({ event }: UserCellProps) {
  const { messages } = useAuditUi();
  const name = valueToText(event.user).trim();
  const email = valueToText(event.email).trim();
  const actor = valueToText(event.actorMail).trim();
  if (!name && !email) {
    return (
      <span data-slot="audit-user" data-system="">
        <Icon name="system" />
        <span>{messages.system}</span>
      </span>
    );
  }
  return (
    <span data-slot="audit-user">
      <span data-slot="audit-user-name">{name || email}</span>
      {name && email && name !== email ? <span data-slot="audit-user-email">{email}</span> : null}
      {actor ? (
        <span data-slot="audit-impersonation">
          <Icon name="mask" />
          <span>{messages.impersonatedBy(actor)}</span>
        </span>
      ) : null}
    </span>
  );
}
