import { askForSessionEarly } from '@/lib/query/early-session';

/**
 * Runs in the browser once the page's scripts have loaded, before React hydrates.
 *
 * It asks for the session, which every page's header shows (and the token page, and an operation
 * page's request form): the answer is back by the time they mount.
 *
 * On /import it starts the import worker, so that the worker's code (parsers, validators,
 * upgrader) loads and compiles while React boots rather than from the moment the import panel's
 * module is evaluated, during hydration; a file picked in the server-rendered input
 * (lib/import/early-import-script.ts) is then handed to it at once.
 */
askForSessionEarly();

if (window.location.pathname === '/import') {
  void import('@/lib/import/client').then(({ startImporterEarly }) => startImporterEarly());
}
