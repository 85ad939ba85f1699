/**
 * Whether this is a development build, for warnings an embedder should see while building and their users never:
 * bundlers write `"production"` here in a production build.
 */
export function inDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No `process` (a browser loading the ESM build as is): nothing says production.
    return true;
  }
}
