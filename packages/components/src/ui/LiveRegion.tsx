/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** The latest announcement; changing it makes screen readers read it. */
  message: string;
}

/** A visually hidden polite live region (`role="status"`) for result counts and export progress. */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-slot="audit-visually-hidden"
      className="auditkit-visually-hidden"
    >
      {message}
    </div>
  );
}
