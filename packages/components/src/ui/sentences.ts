/**
 * Two sentences of a message as one text: a space between them, unless the first ends with a full stop that takes
 * none (Japanese `。`, `！`, `？`).
 */
export const sentences = (first: string, second: string) =>
  /[。！？]$/u.test(first) ? first + second : `${first} ${second}`;
