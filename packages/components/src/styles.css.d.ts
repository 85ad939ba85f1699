// The types of `import '@auditkit/components/styles.css'`: the stylesheet exports nothing. Without a declaration,
// TypeScript 6 (`noUncheckedSideEffectImports`, on by default) refused the import in a host that has no `*.css`
// module of its own (Vite's client types and Next.js declare one; a plain tsc build or a library does not).
export {};
