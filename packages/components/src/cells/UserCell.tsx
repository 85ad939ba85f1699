import { valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { shownText } from '../ui/shownText.ts';

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
 * Who acted: name and email (the user's id when it has neither); "System" (never "unknown") for events with no
 * user and no impersonator; an "Impersonated by …" mark when the actor was impersonating, shown alone when the event names no user.
 *
 * @example
 * ```tsx
 * <UserCell event={{ user: 'Ada', email: 'ada@example.com', actorMail: 'support@vendor.com' }} />
 * ```
 */
export function UserCell({ event }: UserCellProps) {
  const { messages } = useAuditUi();
  // A value too deep to show is said in the log's language, as in every other cell.
  const email = shownText(valueToText(event.email).trim(), messages);
  // An event that names its user by id alone was still done by a person, not the system: Frontegg's own service
  // has listed such events (`"userId": "user1"`, no name or email; python-sdk's recorded `GET /audits`).
  const name =
    shownText(valueToText(event.user).trim(), messages) ||
    (email ? '' : shownText(valueToText(event.userId).trim(), messages));
  const actor = shownText(valueToText(event.actorMail).trim(), messages);
  // No user but an impersonator: a person acted, so the cell names them rather than calling it the system.
  if (!name && !email && !actor) {
    return (
      <span data-slot="audit-user" className="auditkit-user" data-system="">
        <Icon name="system" />
        <span>{messages.system}</span>
      </span>
    );
  }
  return (
    <span data-slot="audit-user" className="auditkit-user">
      {name || email ? (
        <span data-slot="audit-user-name" className="auditkit-user-name">
          {name || email}
        </span>
      ) : null}
      {name && email && name !== email ? (
        <span data-slot="audit-user-email" className="auditkit-user-email">
          {email}
        </span>
      ) : null}
      {actor ? (
        <span data-slot="audit-impersonation" className="auditkit-impersonation">
          <Icon name="mask" />
          <span>{messages.impersonatedBy(actor)}</span>
        </span>
      ) : null}
    </span>
  );
}
