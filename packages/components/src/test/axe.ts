import axe from 'axe-core';

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) on an element and returns the violations, readable in a diff. */
export async function axeViolations(element: Element) {
  const result = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    // A fragment under test is not a page: it has no <h1>, <main> or title of its own.
    rules: {
      'page-has-heading-one': { enabled: false },
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}
