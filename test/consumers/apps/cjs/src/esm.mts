// The same packages from an ES module of a CommonJS package (node16/nodenext pick the "import" types).
import '@auditkit/components/styles.css';
import { AuditLog } from '@auditkit/components';
import { locale, messages } from '@auditkit/components/messages/he';
import { useAuditEvents } from '@auditkit/headless';
import { queryFromSearch } from '@auditkit/headless/core';
import { createMockAuditApi } from '@auditkit/mock-api';

export const parts = [
  AuditLog,
  useAuditEvents,
  queryFromSearch,
  createMockAuditApi,
  locale,
  messages,
] as const;
