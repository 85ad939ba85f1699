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
