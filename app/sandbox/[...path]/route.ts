import { env } from '@/lib/config/env';
import { handleSandboxRequest } from '@/lib/sandbox-gateway/handle-request';

export const dynamic = 'force-dynamic';

/** The built-in Citrix Cloud sandbox, reachable with plain curl, Python or PowerShell. */
async function serve(request: Request): Promise<Response> {
  if (!env().SANDBOX_ENABLED) return new Response('Not found', { status: 404 });
  return handleSandboxRequest(request);
}

export { serve as GET, serve as POST, serve as PUT, serve as PATCH, serve as DELETE };
