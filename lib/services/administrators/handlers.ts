import { z } from 'zod';

import type { SandboxContext, ServiceHandlers } from '@/lib/sandbox/handler';
import { jsonResponse } from '@/lib/sandbox/http';
import { decodeToken, encodeToken, queryParam, tokenOffset } from '@/lib/sandbox/query';
import { parseBody, problemDetails, validationMessage } from '@/lib/sandbox/validation';

import { customerData, logChange } from '../sandbox-state';
import { accessFor, administratorId, makeAdministrator, type AdministratorRecord } from './seed';

const DEFAULT_PAGE = 100;
const MAX_ADMINISTRATORS = 200;
const INSTANCE = '/administrators';

const policySchema = z.object({
  name: z.string().min(1).max(128),
  displayName: z.string().max(256).optional(),
  serviceName: z.string().max(128).optional(),
  checkable: z.object({ value: z.boolean(), canChangeValue: z.boolean().optional() }).optional(),
  scopeChoices: z.unknown().optional(),
});
const accessSchema = z.object({
  // Citrix's AdministratorAccessType: Reinvite sends the invitation again.
  accessType: z.enum(['Full', 'Custom', 'Reinvite']),
  policies: z.array(policySchema).max(100).default([]),
});
const createSchema = z
  .object({
    type: z.enum(['AdministratorUser', 'AdministratorGroup', 'ServicePrincipal']),
    // Required by CreateAdministratorInputModel, as are type and accessType.
    providerType: z.enum(['Ad', 'AzureAd', 'CitrixSts', 'Google']),
    accessType: z.enum(['Full', 'Custom', 'Reinvite']),
    email: z.email().max(256).optional(),
    firstName: z.string().max(128).optional(),
    lastName: z.string().max(128).optional(),
    displayName: z.string().max(256).optional(),
    externalProviderId: z.string().max(256).optional(),
    externalUserId: z.string().max(256).optional(),
    policies: z.array(policySchema).max(100).default([]),
  })
  .refine((value) => value.type !== 'AdministratorUser' || value.email, {
    message: 'The email field is required.',
    path: ['email'],
  })
  .refine((value) => value.type === 'AdministratorUser' || value.displayName, {
    message: 'The displayName field is required.',
    path: ['displayName'],
  });

const badRequest = (error: z.ZodError) =>
  problemDetails(400, 'Bad Request', validationMessage(error), INSTANCE);
const notFound = (id: string) =>
  problemDetails(404, 'Not Found', `Administrator ${id} not found.`, `${INSTANCE}/${id}`);

/** The wire form: everything but the access model, which has its own endpoint. */
function wire({ access: _access, ...admin }: AdministratorRecord) {
  return admin;
}

function findAdmin(customerId: string, id: string) {
  const admins = customerData(customerId).administrators;
  const index = admins.findIndex((admin) => administratorId(admin).toLowerCase() === id.toLowerCase());
  return { admins, index, admin: admins[index] };
}

function fetchAdministrators({ url, customerId }: SandboxContext): Response {
  const maxRaw = queryParam(url, 'maxItemCount');
  if (maxRaw !== undefined && maxRaw !== '' && !/^[0-9]+$/.test(maxRaw))
    return problemDetails(400, 'Bad Request', 'maxItemCount must be a number.', INSTANCE);
  const max = maxRaw ? Math.min(Math.max(Number(maxRaw), 1), 1000) : DEFAULT_PAGE;
  const continuation = queryParam(url, 'requestContinuation');
  const offset = continuation ? tokenOffset(decodeToken(continuation)) : 0;
  if (offset === undefined)
    return problemDetails(400, 'Bad Request', 'requestContinuation is not valid.', INSTANCE);
  const type = queryParam(url, 'type')?.toLowerCase();
  const provider = queryParam(url, 'providerType')?.toLowerCase();
  const id = queryParam(url, 'id')?.toLowerCase();
  const matching = customerData(customerId).administrators.filter(
    (admin) =>
      (id ? admin.userId?.toLowerCase() === id : true) &&
      (!type || admin.type.toLowerCase() === type) &&
      (!provider || admin.providerType.toLowerCase() === provider),
  );
  const page = matching.slice(offset, offset + max);
  const continuationToken = offset + max < matching.length ? encodeToken({ o: offset + max }) : null;
  return jsonResponse(200, { items: page.map(wire), continuationToken });
}

function createAdministrator({ body, customerId, claims }: SandboxContext): Response {
  const parsed = parseBody(createSchema, body, badRequest);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value;
  const data = customerData(customerId);
  if (data.administrators.length >= MAX_ADMINISTRATORS)
    return problemDetails(400, 'Bad Request', 'Too many administrators.', INSTANCE);
  if (
    input.email &&
    data.administrators.some((admin) => admin.email?.toLowerCase() === input.email?.toLowerCase())
  ) {
    return problemDetails(409, 'Conflict', 'Administrator already exists.', INSTANCE);
  }
  const isUser = input.type === 'AdministratorUser';
  const displayName =
    input.displayName ??
    ([input.firstName, input.lastName].filter(Boolean).join(' ') || input.email || 'Administrator');
  const admin = makeAdministrator(
    customerId,
    crypto.randomUUID(),
    {
      type: input.type,
      // Reinvite on a new administrator is a first invitation with full access.
      accessType: input.accessType === 'Reinvite' ? 'Full' : input.accessType,
      providerType: input.providerType,
      displayName,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      email: input.email ?? null,
      pending: isUser,
    },
    Date.now(),
    input.policies.filter((policy) => policy.checkable?.value).map((policy) => policy.name),
  );
  data.administrators.push(admin);
  logChange(data, claims.clientId, {
    eventType: 'administrator/create',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targetId: administratorId(admin),
    targetDisplayName: displayName,
    after: { AccessType: admin.accessType },
    message: isUser ? `Administrator ${displayName} was invited.` : `Administrator ${displayName} was added.`,
  });
  return jsonResponse(200, wire(admin));
}

/** `accessType: Reinvite`: the invitation goes out again; the access stays as it was. */
function reinvite(customerId: string, clientId: string, admin: AdministratorRecord): Response {
  if (!admin.pending)
    return problemDetails(
      400,
      'Bad Request',
      'Only a pending administrator can be invited again.',
      `${INSTANCE}/access`,
    );
  logChange(customerData(customerId), clientId, {
    eventType: 'administrator/reinvite',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targetId: administratorId(admin),
    targetDisplayName: admin.displayName,
    message: `Administrator ${admin.displayName} was invited again.`,
  });
  return new Response(null, { status: 200 });
}

function updateAccess({ url, body, customerId, claims }: SandboxContext): Response {
  const id = queryParam(url, 'id');
  if (!id)
    return problemDetails(400, 'Bad Request', 'The id query parameter is required.', `${INSTANCE}/access`);
  const { admin } = findAdmin(customerId, id);
  if (!admin) return notFound(id);
  const parsed = parseBody(accessSchema, body, badRequest);
  if (!parsed.ok) return parsed.response;
  if (parsed.value.accessType === 'Reinvite') return reinvite(customerId, claims.clientId, admin);
  const before = admin.accessType;
  const granted = parsed.value.policies
    .filter((policy) => policy.checkable?.value)
    .map((policy) => policy.name);
  const accessType = parsed.value.accessType;
  admin.accessType = accessType;
  admin.access = accessFor(accessType, granted);
  admin.updatedDate = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  logChange(customerData(customerId), claims.clientId, {
    eventType: 'administrator/update',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targetId: administratorId(admin),
    targetDisplayName: admin.displayName,
    before: { AccessType: before },
    after: { AccessType: admin.accessType },
    message: `Administrator ${admin.displayName} access changed from ${before} to ${admin.accessType}.`,
  });
  return new Response(null, { status: 200 });
}

function deleteAdministrator({ params, customerId, claims }: SandboxContext): Response {
  const id = params.id ?? '';
  const { admins, index, admin } = findAdmin(customerId, id);
  if (!admin) return notFound(id);
  admins.splice(index, 1);
  logChange(customerData(customerId), claims.clientId, {
    eventType: 'administrator/delete',
    agentId: 'delegatedadministration',
    targetType: 'Administrator',
    targetId: id,
    targetDisplayName: admin.displayName,
    message: `Administrator ${admin.displayName} was removed.`,
  });
  return new Response(null, { status: 200 });
}

function deleteInvitation({ url, customerId }: SandboxContext): Response {
  const email = queryParam(url, 'email')?.toLowerCase();
  if (!email)
    return problemDetails(
      400,
      'Bad Request',
      'The email query parameter is required.',
      `${INSTANCE}/invitations`,
    );
  const admins = customerData(customerId).administrators;
  const index = admins.findIndex((admin) => admin.pending && admin.email?.toLowerCase() === email);
  if (index < 0)
    return problemDetails(
      404,
      'Not Found',
      'No pending invitation for that e-mail.',
      `${INSTANCE}/invitations`,
    );
  admins.splice(index, 1);
  return jsonResponse(200, true);
}

export const administratorsHandlers: ServiceHandlers = {
  customer: 'header',
  operations: {
    FetchAdministrators: fetchAdministrators,
    GetAdministratorAccess: ({ params, customerId }) => {
      const { admin } = findAdmin(customerId, params.id ?? '');
      return admin ? jsonResponse(200, admin.access) : notFound(params.id ?? '');
    },
    CreateAdministrator: createAdministrator,
    UpdateAdministratorAccess: updateAccess,
    // Before `/:id`, which would otherwise take "invitations" for an administrator id.
    DeleteInvitation: deleteInvitation,
    DeleteAdministrator: deleteAdministrator,
  },
};
