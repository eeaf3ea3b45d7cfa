import type { CatalogService } from '../types';
import { trustTokenDocument } from './description';

/** trust-token: its catalog entry (the description is in description.ts, the sandbox's handlers in handlers.ts). */
export const trustTokenService = {
  id: 'trust-token' as const,
  title: 'Trust service token (deprecated)',
  summary: 'The older JSON token flow of the trust service, kept for Citrix Cloud Government.',
  hostKind: 'trust',
  basePath: '',
  paging: 'none',
  requiredHeaders: [],
  document: trustTokenDocument,
} satisfies CatalogService;
