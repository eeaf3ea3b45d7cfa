import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';

import { ComfortProvider } from '@/components/comfort/comfort-provider';
import { HeaderTools } from '@/components/comfort/header-tools';
import { ApiSidebar } from '@/components/explorer/api-sidebar';
import { InlineScript } from '@/components/shell/inline-script';
import { SiteHeader } from '@/components/shell/site-header';
import { earlyClickScript } from '@/lib/early-click/early-click-script';
import { CATALOG_INDEX } from '@/lib/services/catalog-index';
import { THEME_SCRIPT } from '@/lib/theme/theme';

import './globals.css';

import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Citrix Cloud API Explorer', template: '%s · Citrix Cloud API Explorer' },
  description:
    'Browse and invoke the Citrix Cloud APIs, generate bearer tokens, and learn against a built-in sandbox.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page dynamic, which a per-request CSP nonce requires.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before the first paint: no flash of the wrong theme. */}
        <InlineScript nonce={nonce} source={THEME_SCRIPT} />
      </head>
      <body>
        {/* Before anything is painted: a click on a button marked data-early-click is kept for it. */}
        <InlineScript nonce={nonce} source={earlyClickScript()} />
        <Providers>
          <ComfortProvider operations={CATALOG_INDEX}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900"
            >
              Skip to content
            </a>
            <SiteHeader />
            <div className="flex min-h-[calc(100vh-3.5rem)]">
              <aside
                aria-label="API navigation"
                className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-72 shrink-0 overflow-y-auto border-r border-slate-200 bg-slate-50 lg:block dark:border-slate-800 dark:bg-slate-900/40"
              >
                <ApiSidebar />
              </aside>
              <div className="flex min-w-0 flex-1 flex-col">
                <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 sm:py-8">
                  {children}
                </main>
                {/* In the flow, after the content: it never covers a control or a dialog's overlay. */}
                <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-xs text-slate-500 sm:px-6 dark:border-slate-800 dark:text-slate-400">
                  <span>Theme and keyboard shortcuts</span>
                  <HeaderTools />
                </footer>
              </div>
            </div>
          </ComfortProvider>
        </Providers>
      </body>
    </html>
  );
}
