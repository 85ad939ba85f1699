// The few browser globals @frontegg/rest-api touches in Node: `window.location` (it reads a scoped tenant from the
// page's query), and for downloads `URL.createObjectURL` plus a link it creates and clicks. The link records
// what would have been saved, so a test can read the exported file.

/** Files the client "downloaded": name and content. */
export const downloads: { name: string; blob: Blob }[] = [];

const blobs = new Map<string, Blob>();
let next = 0;

Object.assign(globalThis, {
  window: { location: { search: '', href: 'http://localhost/', origin: 'http://localhost' } },
  document: {
    createElement: () => {
      const attributes = new Map<string, string>();
      return {
        href: '',
        setAttribute: (name: string, value: string) => attributes.set(name, value),
        click(this: { href: string }) {
          const blob = blobs.get(this.href);
          if (blob) downloads.push({ name: attributes.get('download') ?? '', blob });
        },
      };
    },
  },
});
URL.createObjectURL = (blob: Blob) => {
  const url = `blob:witness/${++next}`;
  blobs.set(url, blob as Blob);
  return url;
};
