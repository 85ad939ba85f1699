// Moved to @auditkit/headless, so a custom UI built on it alone shows event text safely too; kept here for the
// FilterBar's imports.
export { revealHiddenText } from '@auditkit/headless';
