/**
 * Every control that shows browser-only state, in one module so that they load as one chunk right
 * after the page: loaded separately, each chunk would carry its own copy of TanStack Query's
 * observer (Turbopack does not share modules between lazily loaded chunks).
 */
export { SessionControls } from '@/components/auth/session-controls';
export { ComfortControls } from '@/components/comfort/comfort-controls';
export { ImportedList } from '@/components/import/imported-sidebar';
export { ProfileSwitcher } from '@/components/profiles/profile-switcher';
