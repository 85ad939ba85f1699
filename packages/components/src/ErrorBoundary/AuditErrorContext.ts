import { createContext, type ErrorInfo } from 'react';

/** Called when a part of the audit log fails to render (after it shows its error state). */
export type AuditErrorHandler = (
  error: unknown,
  info: { componentStack?: string | null | undefined; part: string },
) => void;

/** The nearest `onError`: every part's boundary reports to it. */
export const AuditErrorContext = createContext<AuditErrorHandler | undefined>(undefined);

/** React's `ErrorInfo` narrowed to what a host can use. */
export const toInfo = (info: ErrorInfo, part: string) => ({ componentStack: info.componentStack, part });
