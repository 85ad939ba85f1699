import type { AuditTranslation } from '@auditkit/components';
import * as de from '@auditkit/components/messages/de';
import * as en from '@auditkit/components/messages/en';
import * as es from '@auditkit/components/messages/es';
import * as fr from '@auditkit/components/messages/fr';
import * as he from '@auditkit/components/messages/he';
import * as ja from '@auditkit/components/messages/ja';
import { useSyncExternalStore } from 'react';

/**
 * The audit log's languages, each named in itself. The demo imports every pack (it offers them all); a host that
 * ships one language imports only that one entry point.
 */
export const auditLanguages = [
  { id: 'en', label: 'English', translation: en },
  { id: 'de', label: 'Deutsch', translation: de },
  { id: 'fr', label: 'Français', translation: fr },
  { id: 'es', label: 'Español', translation: es },
  { id: 'ja', label: '日本語', translation: ja },
  { id: 'he', label: 'עברית', translation: he, dir: 'rtl' },
] as const satisfies readonly {
  id: string;
  label: string;
  translation: AuditTranslation;
  dir?: 'rtl';
}[];

export type AuditLanguageId = (typeof auditLanguages)[number]['id'];

const storageKey = 'acme.auditLanguage';
const listeners = new Set<() => void>();

function current(): AuditLanguageId {
  const stored = localStorage.getItem(storageKey);
  return auditLanguages.find((language) => language.id === stored)?.id ?? 'en';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the portal changed it.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Remembers the language in this browser (a reload keeps it) and tells every audit log on the page. */
export function setAuditLanguage(id: AuditLanguageId) {
  localStorage.setItem(storageKey, id);
  for (const listener of listeners) listener();
}

/**
 * The chosen language of the audit log, shared by every log on the page (the page's and a drawer's): its id, its
 * translation (words and locale) for `<AuditLog translation>`, and its writing direction for `<AuditLog dir>`.
 */
export function useAuditLanguage() {
  const id = useSyncExternalStore(subscribe, current, () => 'en' as const);
  const language = auditLanguages.find((entry) => entry.id === id) ?? auditLanguages[0];
  return {
    id: language.id,
    translation: language.translation,
    dir: 'dir' in language ? language.dir : undefined,
  } as const;
}
