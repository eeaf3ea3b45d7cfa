import { earlyImportScript } from '@/lib/import/early-import-script';

/**
 * Placed right after the import panel: makes its file input work before the page has hydrated
 * (see lib/import/early-import-script.ts). Inline, so it runs as soon as the panel is parsed; the
 * CSP allows it by the request's nonce.
 */
export function EarlyImportScript({ nonce }: { nonce: string | undefined }) {
  // suppressHydrationWarning: browsers hide the nonce attribute from the DOM after parsing.
  return (
    <script
      nonce={nonce}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: earlyImportScript() }}
    />
  );
}
