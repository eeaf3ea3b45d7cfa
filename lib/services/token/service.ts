import type { CatalogService } from '../types';
import { tokenDocument } from './description';

/** token: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const tokenService = {
  id: 'token' as const,
  title: 'Token service (OAuth 2.0)',
  summary: "Exchange an API client's ID and secret for a one-hour bearer token.",
  hostKind: 'gateway',
  basePath: '',
  paging: 'none',
  requiredHeaders: [],
  document: tokenDocument,
} satisfies CatalogService;
