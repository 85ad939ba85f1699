import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// No favicon request (its 404 would be the only console error on the page).
export const metadata: Metadata = { title: 'auditkit consumer', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
