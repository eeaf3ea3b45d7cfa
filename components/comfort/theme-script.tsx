import { THEME_SCRIPT } from '@/lib/theme/theme';

/**
 * The no-flash theme script, inline in <head> so it runs before the first paint. The CSP allows
 * inline scripts only with the request's nonce (proxy.ts puts it in `x-nonce`).
 */
export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  // suppressHydrationWarning: browsers hide the nonce attribute from the DOM after parsing.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
