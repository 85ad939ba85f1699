import { describe, expect, it } from 'vitest';
import { auditSeverityOptions } from './auditSeverityOptions.ts';

const five = ['Info', 'Medium', 'High', 'Error', 'Critical'];

describe('auditSeverityOptions', () => {
  it('offers the five, then every other severity in the filter or the data, exactly as written', () => {
    expect(auditSeverityOptions([])).toEqual(five);
    expect(auditSeverityOptions(['Attention'], ['info', 'Notice', 'Attention', 'HIGH', ''])).toEqual([
      ...five,
      'Attention',
      'Notice',
    ]);
    // Values differing only in case are different severities of the data; neither is lost.
    expect(auditSeverityOptions(['attention'], ['Attention'])).toEqual([...five, 'Attention', 'attention']);
  });

  it('keeps one order whether a severity is ticked or only seen, so ticking one does not move it', () => {
    expect(auditSeverityOptions(['Notice'], ['Attention', 'Notice'])).toEqual(
      auditSeverityOptions([], ['Notice', 'Attention']),
    );
  });

  it('treats __proto__, constructor and toString as plain severities', () => {
    const options = auditSeverityOptions(['constructor'], ['__proto__', 'toString', 'constructor']);
    expect([...options].sort()).toEqual([...five, '__proto__', 'constructor', 'toString'].sort());
  });
});

describe('auditSeverityOptions with severity as free text', () => {
  // The values seen in the data are now a column's 500 most frequent (for search suggestions): a tenant whose
  // severity is free text listed hundreds of checkboxes.
  it('offers the 20 most frequent values seen, and every selected one', () => {
    const seen = Array.from({ length: 400 }, (_, index) => `sev-${index}`);
    const options = auditSeverityOptions(['sev-399'], seen);
    expect(options).toHaveLength(five.length + 21);
    expect(options).toContain('sev-0');
    expect(options).toContain('sev-19');
    expect(options).not.toContain('sev-20');
    expect(options).toContain('sev-399');
  });
});
