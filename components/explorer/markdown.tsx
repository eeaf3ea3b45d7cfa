import Markdown, { type Components } from 'react-markdown';

import { isExternalUrl, safeUrlTransform } from '@/lib/markdown/safe-url';

function SafeLink({ href, children }: { href: string | undefined; children: React.ReactNode }) {
  // A link whose URL safeUrlTransform dropped (javascript:, data:, …) is shown as text: an
  // `<a href="">` would still reload the page when clicked.
  if (!href) return <span title="Link removed: its URL is not allowed">{children}</span>;
  return isExternalUrl(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  );
}

/**
 * Links that leave the app (including `//host` and `/\host`) open in a new tab, without an opener
 * or a referrer; unsafe ones are text. Images are never fetched: an image in an untrusted
 * description could track the reader or send a cookie-bearing GET to this app (`![](/api/…)`), so
 * it is shown as a link named by its alt text, loaded only if the reader follows it.
 */
const COMPONENTS: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  img: ({ src, alt }) => (
    <SafeLink
      href={typeof src === 'string' ? src : undefined}
    >{`Image: ${alt?.trim() || 'untitled'}`}</SafeLink>
  ),
};

const PROSE =
  'space-y-3 text-[15px] leading-relaxed text-slate-700 dark:text-slate-300 [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 dark:[&_a]:text-brand-100 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.85em] [&_code]:text-slate-800 dark:[&_code]:bg-slate-800 dark:[&_code]:text-slate-200 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-slate-100 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_strong]:font-semibold';

interface MarkdownTextProps {
  text: string | undefined;
  className?: string;
}

/**
 * Markdown from an API description. Descriptions are untrusted: raw HTML is never rendered (no
 * rehype-raw; react-markdown shows it as text), and unsafe link schemes are dropped.
 */
export function MarkdownText({ text, className = '' }: MarkdownTextProps) {
  if (!text) return null;
  return (
    <div className={`${PROSE} ${className}`}>
      <Markdown urlTransform={safeUrlTransform} components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
