import { auditActor } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { shownText } from '../ui/shownText.ts';
import { textDirection } from '../ui/textDirection.ts';

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
  // The rule is headless's, so a custom UI names the same person this cell does.
  const actor = auditActor(event);
  if (actor.system) {
    return (
      <span data-slot="audit-user" className="auditkit-user" data-system="">
        <Icon name="system" />
        <span>{messages.system}</span>
      </span>
    );
  }
  // A value too deep to show is said in the log's language, as in every other cell.
  const name = shownText(actor.name, messages);
  const email = shownText(actor.email, messages);
  const impersonatedBy = shownText(actor.impersonatedBy, messages);
  return (
    <span data-slot="audit-user" className="auditkit-user">
      {name ? (
        // A name's direction from all its words, as the event text's (AlphaNumericCell).
        <span data-slot="audit-user-name" className="auditkit-user-name" dir={textDirection(name)}>
          {name}
        </span>
      ) : null}
      {email ? (
        <span data-slot="audit-user-email" className="auditkit-user-email">
          {email}
        </span>
      ) : null}
      {impersonatedBy ? (
        <span data-slot="audit-impersonation" className="auditkit-impersonation">
          <Icon name="mask" />
          <span>{messages.impersonatedBy(impersonatedBy)}</span>
        </span>
      ) : null}
    </span>
  );
}
