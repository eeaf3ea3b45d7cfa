/**
 * Where the search results show. In the sidebar: under the box, the sidebar's width (the sidebar
 * scrolls, so anything wider would be clipped; results wrap instead). In the header: under the
 * header (the nearest positioned box), across its width.
 */
export const POPOVER_SIDEBAR = 'absolute left-0 top-full z-40 mt-1 w-full';
export const POPOVER_HEADER = 'absolute inset-x-2 top-full z-40 mt-1';
