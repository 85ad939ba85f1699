/** Bundlers write `"production"` here in a production build; without `process` nothing says production. */
export function inDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}
