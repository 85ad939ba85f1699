import { useId } from 'react';
import { auditLanguages, setAuditLanguage, useAuditLanguage, type AuditLanguageId } from './auditLanguage.ts';

/**
 * The audit log's language: a native select whose options are named in their own language (and marked with it,
 * so a screen reader pronounces "日本語" in Japanese). The choice is kept in this browser.
 */
export function LanguageSwitch() {
  const id = useId();
  const { id: language } = useAuditLanguage();
  return (
    <div className="field">
      <label htmlFor={id}>Audit log language</label>
      <select
        id={id}
        value={language}
        onChange={(event) => setAuditLanguage(event.target.value as AuditLanguageId)}
      >
        {auditLanguages.map((entry) => (
          <option key={entry.id} value={entry.id} lang={entry.id}>
            {entry.label}
          </option>
        ))}
      </select>
    </div>
  );
}
