'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { AuthDialogProvider } from '@/components/auth/auth-dialog-provider';
import { HydrationMarker } from '@/components/shell/hydration-marker';
import { RegionProvider } from '@/components/shell/region-provider';
import { getQueryClient } from '@/lib/query/query-client';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={getQueryClient()}>
      <HydrationMarker />
      <RegionProvider>
        <AuthDialogProvider>{children}</AuthDialogProvider>
      </RegionProvider>
    </QueryClientProvider>
  );
}
