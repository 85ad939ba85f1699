/**
 * The class that styles a part whose `data-slot` is only known at run time (`audit-table-status` →
 * `auditkit-table-status`). styles.css selects parts by class, not by `[data-slot]`: Chromium files a rule under
 * its rightmost compound's class if it has one, else under the attribute's name, so 100-odd `[data-slot='…']`
 * rules were all tried on every element that has a `data-slot`, nearly every element of a row, where a class rule
 * is tried only on elements with that class (bench/styleCost.mjs). `data-slot` stays, for hosts' styles and tests.
 */
export function slotClass(slot: string): string {
  return `auditkit-${slot.startsWith('audit-') ? slot.slice(6) : slot}`;
}
