import { jsonOk } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

export function GET() {
  return jsonOk({ ok: true });
}
