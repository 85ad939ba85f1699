import type { ReactNode } from 'react';

/** Text for assistive technology only. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <span data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
      {children}
    </span>
  );
}
