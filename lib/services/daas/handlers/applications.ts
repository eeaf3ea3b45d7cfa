import { z } from 'zod';

import type { OperationHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { validationMessage } from '@/lib/sandbox/validation';

import { applicationDetailView } from '../application-detail';
import type { DeliveryGroupRecord } from '../types';
import { daasBase, errorData, findByNameOrId, isAsync, notFound, startJob, withSite } from './common';
import { done, editItem, logDaasChange, NAME } from './edit-kit';

/** Applications beyond the list: publish (to delivery groups by name or id), read, edit, delete. */

const MAX_APPLICATIONS = 200;

/** The fields of Citrix's edit model the sandbox keeps; any other declared field is accepted and logged. */
const editApplicationSchema = z
  .object({
    Name: NAME.optional(),
    PublishedName: z.string().trim().min(1).max(64).optional(),
    BrowserName: z.string().trim().min(1).max(64).optional(),
    Description: z.string().max(512).optional(),
    Enabled: z.boolean().optional(),
    Visible: z.boolean().optional(),
  })
  .loose();

/** Citrix's `AddApplicationsRequestModel`: new applications, and the delivery groups that publish them. */
const addApplicationsSchema = z.object({
  NewApplications: z
    .array(
      z.object({
        Name: NAME,
        PublishedName: z.string().trim().min(1).max(64).optional(),
        Description: z.string().max(512).default(''),
        Enabled: z.boolean().default(true),
        Visible: z.boolean().default(true),
        ApplicationFolder: z.string().trim().max(256).optional(),
        InstalledAppProperties: z
          .object({
            CommandLineExecutable: z.string().trim().min(1).max(512),
            CommandLineArguments: z.string().max(1024).nullable().optional(),
            WorkingDirectory: z.string().max(512).nullable().optional(),
          })
          .optional(),
      }),
    )
    .max(20)
    .default([]),
  DeliveryGroups: z
    .array(z.object({ Item: z.string().trim().min(1).max(128), Priority: z.number().int().optional() }))
    .max(20)
    .default([]),
  ExistingApplications: z.array(z.string()).max(0, 'The sandbox adds new applications only').optional(),
  ApplicationGroups: z.array(z.string()).max(0, 'The sandbox does not emulate application groups').optional(),
});

export const daasApplicationsHandlers: OperationHandlers = {
  Applications_AddApplications: withSite((context, data) => {
    const parsed = addApplicationsSchema.safeParse(context.body ?? {}, { reportInput: true });
    if (!parsed.success) return errorData(400, validationMessage(parsed.error), 'InvalidParameter');
    const { NewApplications: requested, DeliveryGroups: groupRefs } = parsed.data;
    if (requested.length === 0)
      return errorData(400, 'NewApplications must name at least one application.', 'InvalidParameter');
    if (data.daas.applications.length + requested.length > MAX_APPLICATIONS)
      return errorData(400, 'Too many applications in the sandbox.', 'LimitExceeded');
    const groups: DeliveryGroupRecord[] = [];
    for (const ref of groupRefs) {
      const group = findByNameOrId(data.daas.deliveryGroups, ref.Item);
      if (!group) return notFound('Delivery group', ref.Item);
      groups.push(group);
    }
    const names = new Set<string>();
    for (const app of requested) {
      const key = app.Name.toLowerCase();
      if (names.has(key) || findByNameOrId(data.daas.applications, app.Name))
        return errorData(409, `An application named ${app.Name} already exists.`, 'ApplicationNameInUse');
      names.add(key);
    }
    const folders = data.daas.applications.map((application) => application.ApplicationFolder);
    const created = requested.map((app) => {
      const folderName = app.ApplicationFolder?.replace(/\\+$/, '') || 'Applications';
      const folder = folders.find(
        (candidate) =>
          candidate.Name.toLowerCase() === folderName.toLowerCase() || candidate.Id === folderName,
      ) ?? { Id: crypto.randomUUID(), Name: folderName };
      const exe = app.InstalledAppProperties?.CommandLineExecutable ?? `C:\\Apps\\${app.Name}.exe`;
      return {
        Id: crypto.randomUUID(),
        Name: app.Name,
        PublishedName: app.PublishedName ?? app.Name,
        Description: app.Description,
        ApplicationType: 'HostedOnDesktop' as const,
        ApplicationFolder: folder,
        IconId: '1',
        SharingKind: 'Shared' as const,
        ContainerScopes: [],
        Enabled: app.Enabled,
        Visible: app.Visible,
        InstalledAppProperties: {
          CommandLineExecutable: exe,
          CommandLineArguments: app.InstalledAppProperties?.CommandLineArguments || null,
          WorkingDirectory:
            app.InstalledAppProperties?.WorkingDirectory ?? exe.slice(0, exe.lastIndexOf('\\')),
        },
        AssociatedDeliveryGroupUuids: groups.map((group) => group.Id),
        NumAssociatedDeliveryGroups: groups.length,
      };
    });
    const add = () => {
      data.daas.applications.push(...created);
      for (const application of created)
        logDaasChange(context, data, {
          eventType: 'application/create',
          targetType: 'Application',
          target: application,
          message: `Application ${application.Name} was published${groups.length ? ` to ${groups.map((group) => group.Name).join(', ')}` : ''}.`,
        });
    };
    if (isAsync(context.url))
      return startJob(context, data, 'AddApplications', { Count: String(created.length) }, () => null, add);
    add();
    // Citrix: 201 without a body; Location names the (first) new application.
    return new Response(null, {
      status: 201,
      headers: { location: `${daasBase(context.url)}/Applications/${created[0]!.Id}` },
    });
  }),
  Applications_GetApplication: withSite(({ params }, data) => {
    const application = findByNameOrId(data.daas.applications, params.nameOrId ?? '');
    return application
      ? jsonResponse(200, applicationDetailView(application))
      : notFound('Application', params.nameOrId ?? '');
  }),
  Applications_PatchApplication: editItem({
    kind: 'Application',
    targetType: 'Application',
    items: (data) => data.daas.applications,
    schema: editApplicationSchema,
    kept: ['Name', 'PublishedName', 'BrowserName', 'Description', 'Enabled', 'Visible'],
    jobType: 'EditApplication',
    eventType: 'application/edit',
  }),
  Applications_DeleteApplication: withSite((context, data) => {
    const application = findByNameOrId(data.daas.applications, context.params.nameOrId ?? '');
    if (!application) return notFound('Application', context.params.nameOrId ?? '');
    return done(context, data, 'RemoveApplication', application.Name, () => {
      data.daas.applications = data.daas.applications.filter((candidate) => candidate !== application);
      logDaasChange(context, data, {
        eventType: 'application/delete',
        targetType: 'Application',
        target: application,
        message: `Application ${application.Name} was deleted.`,
      });
    });
  }),
};
