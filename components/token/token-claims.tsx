'use client';

import { useQuery } from '@tanstack/react-query';

import type { DecodedToken } from '@/lib/auth/decode-claims';
import { fetchJson } from '@/lib/query/fetch-json';

/** The JWT's decoded header and claims, as the server reads them (no signature). */
export function TokenClaims({ expiresAt }: { expiresAt: number }) {
  const { data, isPending } = useQuery({
    queryKey: ['token-claims', expiresAt],
    queryFn: () => fetchJson<{ decoded: DecodedToken | null }>('/api/auth/token/claims'),
  });
  if (isPending) return <p className="text-sm text-slate-500">Decoding…</p>;
  const decoded = data?.decoded;
  if (!decoded) return <p className="text-sm text-slate-500">This token is not a JWT.</p>;
  return (
    <div className="grid gap-3 2xl:grid-cols-[1fr_2fr]">
      {(['header', 'claims'] as const).map((part) => (
        <section key={part} aria-label={`JWT ${part}`} className="min-w-0">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
            {part === 'header' ? 'Header' : 'Claims'}
          </h3>
          <pre tabIndex={0} className="overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
            {JSON.stringify(decoded[part], null, 2)}
          </pre>
        </section>
      ))}
    </div>
  );
}
