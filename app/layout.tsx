import type { Metadata } from 'next';
import { ViewerProvider } from '@/components/auth/viewer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parley — diplomatic talks, event by event', template: '%s · Parley' },
  description: 'A sourced timeline of diplomatic talks: sessions, agreements, proposals and incidents, and who sat at which table.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <ViewerProvider>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-6">
            {children}
          </main>
        </ViewerProvider>
      </body>
    </html>
  );
}
