'use client';

import { useMemo } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { Button } from '@/components/ui/button';
import type { InvokeResult } from '@/lib/schemas/invoke';
import { explain, type Explanation, type RequestHeaders } from '@/lib/troubleshoot/explain';

import { ExplanationView } from './explanation-view';

interface TroubleshootPanelProps {
  result: InvokeResult;
  /** The headers the form sent (never the Authorization: the server adds it). */
  requestHeaders: RequestHeaders;
  pastedToken: boolean;
  sessionCustomerId?: string;
  /** The customer the session's token names in its claims. */
  tokenCustomerId?: string;
  /** Drops a pasted Authorization so the session's token is used again. */
  onUseSessionToken?: () => void;
}

/** The explanation of a failed call, computed from Citrix's own error body. */
export function useExplanation({
  result,
  requestHeaders,
  pastedToken,
  sessionCustomerId,
  tokenCustomerId,
}: Omit<TroubleshootPanelProps, 'onUseSessionToken'>): Explanation | undefined {
  return useMemo(() => {
    const context = { pastedToken, sessionCustomerId, tokenCustomerId };
    return explain(result.status, result.bodyEncoding === 'text' ? result.body : '', requestHeaders, context);
  }, [result, requestHeaders, pastedToken, sessionCustomerId, tokenCustomerId]);
}

/** Shown beneath the status: what went wrong and what to do, with the matching action. */
export function TroubleshootPanel({
  explanation,
  onUseSessionToken,
}: {
  explanation: Explanation;
  onUseSessionToken?: () => void;
}) {
  const { openAuthDialog } = useAuthDialog();
  const actions =
    explanation.action === 'use-session-token' && onUseSessionToken ? (
      <>
        <Button size="sm" onClick={onUseSessionToken}>
          Use session token
        </Button>
        <Button size="sm" variant="secondary" onClick={openAuthDialog}>
          Generate a new token
        </Button>
      </>
    ) : explanation.action === 'set-authentication' || explanation.action === 'use-session-token' ? (
      <Button size="sm" onClick={openAuthDialog}>
        Generate a new token
      </Button>
    ) : undefined;
  return <ExplanationView explanation={explanation} actions={actions} />;
}
