import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';

import { logChange, type CustomerData } from '../../sandbox-state';
import { isAsync, notFound, pageResponse, startJob, withSite } from './common';
import { sessionView } from './views';

function sessionAction(action: 'logoff' | 'disconnect') {
  return (context: SandboxContext, data: CustomerData): Response => {
    const id = (context.params.id ?? '').toLowerCase();
    const session = data.daas.sessions.find((candidate) => candidate.Id.toLowerCase() === id);
    if (!session) return notFound('Session', context.params.id ?? '');
    const apply = () => {
      if (action === 'logoff')
        data.daas.sessions = data.daas.sessions.filter((candidate) => candidate !== session);
      else if (session.State !== 'Disconnected') {
        session.State = 'Disconnected';
        session.StateChangeTime = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      }
      logChange(data, context.claims.clientId, {
        eventType: `session/${action}`,
        agentId: 'xendesktop',
        targetType: 'Session',
        targetId: session.Id,
        targetDisplayName: `${session.User.Name} on ${session.Machine.Name}`,
        message: `Session of ${session.User.Name} on ${session.Machine.Name} was ${action === 'logoff' ? 'logged off' : 'disconnected'}.`,
      });
    };
    const jobType = action === 'logoff' ? 'LogoffSessions' : 'DisconnectSessions';
    if (isAsync(context.url)) {
      if (action === 'logoff') session.LogoffInProgress = true;
      return startJob(
        context,
        data,
        jobType,
        { Session: session.Id },
        () => (action === 'logoff' ? null : sessionView(data, session)),
        apply,
      );
    }
    apply();
    // Citrix: $logoff answers 204; $disconnect answers 200 with the session as it now is.
    return action === 'logoff'
      ? new Response(null, { status: 204 })
      : jsonResponse(200, sessionView(data, session));
  };
}

export const daasSessionsHandlers: OperationHandlers = {
  Sessions_GetSessions: withSite((context, data) => {
    const sessions = () => data.daas.sessions.map((session) => sessionView(data, session));
    if (isAsync(context.url))
      return startJob(context, data, 'GetSessions', { async: 'true' }, () => ({
        Items: sessions(),
        ContinuationToken: null,
      }));
    return pageResponse(context.url, sessions());
  }),
  Sessions_GetSession: withSite(({ params }, data) => {
    const id = (params.id ?? '').toLowerCase();
    const session = data.daas.sessions.find((candidate) => candidate.Id.toLowerCase() === id);
    return session ? jsonResponse(200, sessionView(data, session)) : notFound('Session', params.id ?? '');
  }),
  Sessions_LogoffSession: withSite(sessionAction('logoff')),
  Sessions_DisconnectSession: withSite(sessionAction('disconnect')),
};
