import 'server-only';

import { env } from '@/lib/config/env';

/** Fields a log line may carry. Deliberately no free-form strings from requests: no secret can slip in. */
export interface LogFields {
  event: 'token_exchange' | 'proxy_call' | 'token_renewal' | 'session_invalid';
  method?: string;
  host?: string;
  path?: string;
  region?: string;
  flow?: string;
  status?: number;
  durationMs?: number;
  transactionId?: string;
  code?: string;
}

/** One structured JSON line on stdout. */
export function logEvent(fields: LogFields): void {
  if (env().LOG_LEVEL === 'silent') return;
  const line = { time: new Date().toISOString(), ...fields };
  if (line.durationMs !== undefined) line.durationMs = Math.round(line.durationMs * 10) / 10;
  console.log(JSON.stringify(line));
}
