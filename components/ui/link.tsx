'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, PointerEvent } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * next/link that prefetches on intent — when the link is pointed at, touched or focused — instead
 * of as soon as it scrolls into view. The sidebar, the header and the lists render dozens of links:
 * prefetching each on sight fetched and parsed some 60 RSC payloads right after hydration, on the
 * same thread that had to answer the person's first click. A link asked to prefetch (`prefetch`
 * set) keeps Next's own behaviour.
 */
export function Link({ prefetch, href, onPointerEnter, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  if (prefetch !== undefined)
    return (
      <NextLink
        prefetch={prefetch}
        href={href}
        onPointerEnter={onPointerEnter}
        onFocus={onFocus}
        {...props}
      />
    );
  const target = typeof href === 'string' ? href : undefined;
  const prefetchOnIntent = () => {
    if (target?.startsWith('/')) router.prefetch(target);
  };
  return (
    <NextLink
      prefetch={false}
      href={href}
      onPointerEnter={(event: PointerEvent<HTMLAnchorElement>) => {
        prefetchOnIntent();
        onPointerEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        prefetchOnIntent();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
