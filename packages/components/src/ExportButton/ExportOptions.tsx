import type { ExportFormat } from '@auditkit/headless';
import { useId } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** What the user chose in the export dialog. */
export interface ExportChoice {
  format: ExportFormat;
  /** The visible columns in their order, or every column of the metadata. */
  columns: 'visible' | 'all';
  /** Times in the zone the screen shows, or in UTC. */
  times: 'screen' | 'utc';
}

/** Props of {@link ExportOptions}. */
export interface ExportOptionsProps {
  value: ExportChoice;
  onChange: (next: ExportChoice) => void;
  /** The zone the screen shows, named in the times option. */
  screenZone: string;
  /** While an export runs the choice is fixed. */
  disabled?: boolean | undefined;
}

const formats: readonly ExportFormat[] = ['csv', 'csv-semicolon', 'csv-plain', 'jsonl'];

/**
 * The export dialog's choices as radio groups: the format (each with a hint), the columns (not for JSON Lines,
 * which holds whole events) and the times (not for plain CSV, which keeps the server's UTC text).
 */
export function ExportOptions({ value, onChange, screenZone, disabled }: ExportOptionsProps) {
  const { messages } = useAuditUi();
  const id = useId();
  const set = (patch: Partial<ExportChoice>) => onChange({ ...value, ...patch });
  const formatLabel: Record<ExportFormat, [string, string]> = {
    csv: [messages.exportFormatCsv, messages.exportFormatCsvHint],
    'csv-semicolon': [messages.exportFormatCsvSemicolon, messages.exportFormatCsvSemicolonHint],
    'csv-plain': [messages.exportFormatCsvPlain, messages.exportFormatCsvPlainHint],
    jsonl: [messages.exportFormatJsonl, messages.exportFormatJsonlHint],
  };
  const radio = <K extends 'columns' | 'times'>(group: K, option: ExportChoice[K], label: string) => (
    <label data-slot="audit-option" className="auditkit-option">
      <input
        type="radio"
        name={`${id}-${group}`}
        checked={value[group] === option}
        onChange={() => set({ [group]: option })}
      />
      {label}
    </label>
  );
  return (
    <>
      <fieldset data-slot="audit-option-group" className="auditkit-option-group" disabled={disabled}>
        <legend data-slot="audit-option-legend" className="auditkit-option-legend">
          {messages.exportFormat}
        </legend>
        {formats.map((option) => (
          <label key={option} data-slot="audit-option" className="auditkit-option" data-hinted="">
            <input
              type="radio"
              name={`${id}-format`}
              checked={value.format === option}
              onChange={() => set({ format: option })}
              aria-describedby={`${id}-${option}`}
            />
            <span>
              {formatLabel[option][0]}
              <span id={`${id}-${option}`} data-slot="audit-option-hint" className="auditkit-option-hint">
                {formatLabel[option][1]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {value.format === 'jsonl' ? null : (
        <fieldset data-slot="audit-option-group" className="auditkit-option-group" disabled={disabled}>
          <legend data-slot="audit-option-legend" className="auditkit-option-legend">
            {messages.columns}
          </legend>
          {radio('columns', 'visible', messages.exportVisibleColumns)}
          {radio('columns', 'all', messages.exportAllColumns)}
        </fieldset>
      )}
      {value.format === 'csv-plain' ? null : (
        <fieldset data-slot="audit-option-group" className="auditkit-option-group" disabled={disabled}>
          <legend data-slot="audit-option-legend" className="auditkit-option-legend">
            {messages.exportTimes}
          </legend>
          {radio('times', 'screen', messages.exportTimesInZone(screenZone))}
          {radio('times', 'utc', messages.exportTimesUtc)}
        </fieldset>
      )}
    </>
  );
}
