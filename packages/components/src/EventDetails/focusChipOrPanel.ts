const chipSelector = '[data-slot="audit-chip"]';

/** An element's ancestors, nearest first: read before a change that may take the element off the page. */
export function ancestorsOf(element: HTMLElement): HTMLElement[] {
  const ancestors: HTMLElement[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) ancestors.push(node);
  return ancestors;
}

/**
 * After a button of the details changed the query: focus to the chip `key` (`filterChipKey`, or `timeChipKey`) the change
 * put in the filter bar, its remove button, as soon as it is there, whether or not the button's row stays: it says
 * what the log is now filtered by and undoes it in one press, and it is where focus goes when a chip beside it is
 * removed. The chip is looked for around `ancestors` (the button's, read before the change), in the nearest one
 * still on the page that holds it and no further than the log's root, so another log's chip on the same page is
 * never taken. Without a filter bar (a layout of the host's own) there is no chip: focus goes to the nearest
 * focusable part still on the page, the details panel, never to the page's body.
 */
export function focusChipOrPanel(ancestors: readonly HTMLElement[], key: string): void {
  (
    chipButton(ancestors, key) ?? ancestors.find((node) => node.isConnected && node.matches('[tabindex]'))
  )?.focus();
}

function chipButton(from: readonly HTMLElement[], key: string): HTMLElement | undefined {
  for (const element of from) {
    if (!element.isConnected) continue;
    const chip = [...element.querySelectorAll<HTMLElement>(chipSelector)].find(
      (item) => item.dataset.key === key,
    );
    if (chip) return chip.querySelector<HTMLElement>('button') ?? undefined;
    if (element.matches('[data-slot="audit-root"]')) return undefined;
  }
  return undefined;
}
