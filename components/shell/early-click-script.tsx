import { earlyClickScript } from '@/lib/early-click/early-click-script';

/**
 * At the start of <body>: a click on a server-rendered button marked `data-early-click` before the
 * page has hydrated is kept for its component (see lib/early-click/early-click-script.ts). Inline,
 * so it listens before anything is painted; the CSP allows it by the request's nonce.
 */
export function EarlyClickScript({ nonce }: { nonce: string | undefined }) {
  // suppressHydrationWarning: browsers hide the nonce attribute from the DOM after parsing.
  return (
    <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: earlyClickScript() }} />
  );
}
