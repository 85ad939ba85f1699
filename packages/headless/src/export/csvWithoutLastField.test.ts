import { describe, expect, it } from 'vitest';
import { csvWithoutLastField } from './csvWithoutLastField.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
// ignoreBOM: a byte-order mark is text to keep here, not a mark for the decoder to drop.
const strip = (text: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvWithoutLastField(bytes(text)));

describe('csvWithoutLastField', () => {
  it('takes each record’s last field and its comma out, keeping the rest byte for byte', () => {
    expect(strip('Time,Action,id\r\n2026-01-01,login,e1\r\n2026-01-02,logout,e2\r\n')).toBe(
      'Time,Action\r\n2026-01-01,login\r\n2026-01-02,logout\r\n',
    );
    // Quoted fields with commas, line breaks and doubled quotes are one field; LF alone is a line break too.
    expect(strip('"a,b","x\r\ny ""q""",e1\n"é, ü",,e2')).toBe('"a,b","x\r\ny ""q"""\n"é, ü",');
  });

  it('drops a quoted last field, keeps a byte-order mark and a record of one field', () => {
    expect(strip('\uFEFFA,"id, quoted"\r\n1,"e,1"\r\nlonely\r\n')).toBe('\uFEFFA\r\n1\r\nlonely\r\n');
    // After the mark, a quote still opens the first field (its line break is text), as countCsvRecords reads it.
    expect(strip('\uFEFF"A,\r\nB",id\r\n')).toBe('\uFEFF"A,\r\nB"\r\n');
    expect(strip('')).toBe('');
  });

  it('writes a record left with one empty field as "", never as a blank line a reader would skip', () => {
    expect(strip('Action,id\r\nlogin,e1\r\n,e2\r\n,\r\n"",e4\r\n')).toBe(
      'Action\r\nlogin\r\n""\r\n""\r\n""\r\n',
    );
  });
});
