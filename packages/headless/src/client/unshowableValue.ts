/**
 * What a text field holds when its value is an object or array too deep (or too large) to write as JSON: the
 * engine's `JSON.stringify` runs out of stack at a few thousand levels. One odd field must not fail the page. A UI
 * compares a field with it to say so in its own language (`@auditkit/components` does); an export writes it as is.
 *
 * A module of its own because the export engine (fetched on demand) writes it too: a module both the engine and the
 * list's import graph use goes, in esbuild, into a chunk every page loads, and the response parsers with it.
 */
export const UNSHOWABLE_VALUE = '[value nested too deeply to show]';
