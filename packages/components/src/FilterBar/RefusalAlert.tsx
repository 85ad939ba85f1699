import type { Refusal } from './useRefusal.ts';

/** Props of {@link RefusalAlert}. */
export interface RefusalAlertProps {
  refusal: Refusal;
  /** For the control's `aria-describedby`. */
  id?: string | undefined;
}

/** Why a filter control's change was refused, as an alert after the control (nothing while there is none). */
export function RefusalAlert({ refusal, id }: RefusalAlertProps) {
  return refusal.reason ? (
    <span
      key={refusal.count}
      id={id}
      data-slot="audit-field-error"
      className="auditkit-field-error"
      role="alert"
    >
      {refusal.reason}
    </span>
  ) : null;
}
