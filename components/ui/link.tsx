'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'prefetch'> & { href: string };

/**
 * The app's link: a next/link that prefetches its page when the person shows the intent to follow
 * it (pointer over it, a touch, keyboard focus) rather than whenever it scrolls into view.
 *
 * Next prefetches every link in the viewport as soon as the page has hydrated: two requests and
 * router work per link, some thirty on a page (header, sidebar, breadcrumbs). On one busy core that
 * work landed just when the person reached for the page's first control, and delayed it (operation
 * page, "Invoke API" clicked once hydrated: ~250 ms later). The pointer's way onto a link gives its
 * prefetch a head start over the click; a click without one still navigates, as it always did.
 */
export function Link({ href, onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        prefetch();
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        prefetch();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        prefetch();
      }}
    />
  );
}
