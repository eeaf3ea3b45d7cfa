/**
 * An inline script, run as the HTML is parsed, before any of the page's own code: the CSP allows it
 * by the request's nonce (proxy.ts puts it in `x-nonce`). `source` must be a fixed string — no
 * request data in it.
 */
export function InlineScript({ nonce, source }: { nonce: string | undefined; source: string }) {
  // suppressHydrationWarning: browsers hide the nonce attribute from the DOM after parsing.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: source }} />;
}
