/**
 * The parts under `root` that styles.css cannot reach: a `data-slot="audit-x"` without its class `auditkit-x`.
 * The stylesheet selects parts by class (see its header), so a part that forgets the class renders unstyled
 * with nothing else to say so; every story's DOM is checked after its play (preview.tsx), open popovers and
 * dialogs included.
 */
export function unstyledParts(root: Element): string[] {
  const missing = new Set<string>();
  for (const element of root.querySelectorAll('[data-slot^="audit-"]')) {
    const slot = element.getAttribute('data-slot')!;
    if (!element.classList.contains(`auditkit-${slot.slice('audit-'.length)}`))
      missing.add(`<${element.localName} data-slot="${slot}">`);
  }
  return [...missing];
}
