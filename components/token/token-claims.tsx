'use client';

import { useQuery } from '@tanstack/react-query';

import type { DecodedToken } from '@/lib/auth/decode-claims';
import { fetchJson } from '@/lib/query/fetch-json';

import { claimDates } from './claim-dates';

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
      <ClaimDates claims={decoded.claims} />
    </div>
  );
}

/** `iat`, `nbf`, `exp` are seconds since 1970: shown as dates too, in UTC and local time. */
function ClaimDates({ claims }: { claims: Record<string, unknown> }) {
  const dates = claimDates(claims);
  if (dates.length === 0) return null;
  return (
    <dl
      data-testid="claim-dates"
      className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs 2xl:col-span-2"
    >
      {dates.map((date) => (
        <div key={date.claim} className="contents">
          <dt className="font-mono text-slate-500">
            {date.claim} <span className="font-sans">({date.meaning})</span>
          </dt>
          <dd className="min-w-0 break-words">
            <time dateTime={date.iso}>{date.iso.replace('T', ' ').replace('.000Z', ' UTC')}</time>
            <span className="text-slate-500"> · {new Date(date.seconds * 1000).toLocaleString()} local</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
