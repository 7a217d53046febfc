import type { Metadata } from 'next';
import { ViewerProvider } from '@/components/auth/viewer';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import localFont from 'next/font/local';
import './globals.css';
import { TITLE_TEMPLATE } from '@/lib/page-title';

// Headlines in Source Serif 4 (SIL OFL, app/fonts), served by this site: no font service sees the reader.
const display = localFont({
  src: './fonts/source-serif-4-latin-600-normal.woff2',
  weight: '600',
  variable: '--font-source-serif',
  display: 'swap',
});

const description =
  'A sourced timeline of diplomatic talks: sessions, agreements, proposals and incidents, and who sat at which table.';

export const metadata: Metadata = {
  title: { default: 'Parley — diplomatic talks, event by event', template: TITLE_TEMPLATE },
  description,
  // Link previews need absolute image addresses: the site's public address when it is set.
  metadataBase: process.env.BETTER_AUTH_URL ? new URL(process.env.BETTER_AUTH_URL) : undefined,
  icons: { icon: '/favicon.ico' },
  openGraph: {
    siteName: 'Parley',
    description,
    images: [{ url: '/social-preview.png', width: 1200, height: 630, alt: 'Parley: diplomatic talks, event by event' }],
  },
  twitter: { card: 'summary_large_image' },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={display.variable}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
        >
          Skip to content
        </a>
        <ViewerProvider>
          <SiteHeader />
          {/* Focusable by script only, so that the skip link moves focus here and the next Tab goes on from the content. */}
          <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ViewerProvider>
      </body>
    </html>
  );
}
