import type { OperationHandlers, SandboxContext } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';

import type { CustomerData } from '../../sandbox-state';
import { errorData, jobStatus, notFound, withSite } from './common';
import { jobView } from './views';

function findJob(context: SandboxContext, data: CustomerData) {
  const id = (context.params.id ?? '').toLowerCase();
  const index = data.daas.jobs.findIndex((job) => job.Id.toLowerCase() === id);
  return { index, job: data.daas.jobs[index] };
}

export const daasJobsHandlers: OperationHandlers = {
  Jobs_GetJobs: withSite(({ url }, data) =>
    jsonResponse(200, { Items: [...data.daas.jobs].reverse().map((job) => jobView(url, job)) }),
  ),
  Jobs_GetJob: withSite((context, data) => {
    const { job } = findJob(context, data);
    return job ? jsonResponse(200, jobView(context.url, job)) : notFound('Job', context.params.id ?? '');
  }),
  Jobs_GetJobResults: withSite((context, data) => {
    const { job } = findJob(context, data);
    if (!job) return notFound('Job', context.params.id ?? '');
    const { status } = jobStatus(job);
    if (status !== 'Complete')
      return errorData(400, `Job ${job.Id} has not completed (status ${status}).`, 'JobNotComplete');
    return jsonResponse(200, job.result ?? null);
  }),
  Jobs_DeleteJob: withSite((context, data) => {
    const { index, job } = findJob(context, data);
    if (!job) return notFound('Job', context.params.id ?? '');
    const { status } = jobStatus(job);
    if (status !== 'Complete')
      return errorData(
        400,
        `Job ${job.Id} is still running; wait for it or cancel it first.`,
        'JobInProgress',
      );
    data.daas.jobs.splice(index, 1);
    return new Response(null, { status: 204 });
  }),
};
