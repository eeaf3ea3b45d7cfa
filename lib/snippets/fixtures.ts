import type { SnippetRequest } from './types';

/** Requests the golden files and the round-trip tests share. */
export const SNIPPET_FIXTURES: Record<string, SnippetRequest> = {
  'systemlog-get': {
    method: 'GET',
    url: 'http://localhost:3000/sandbox/systemlog/records',
    query: [
      ['StartDateTime', '2025-01-01T00:00:00Z'],
      ['Limit', '50'],
    ],
    headers: [
      ['Citrix-CustomerId', 'sandboxdemo01'],
      ['Accept', 'application/json'],
    ],
    authorization: true,
  },
  'notifications-post': {
    method: 'POST',
    url: 'https://api-us.cloud.com/notifications',
    query: [],
    headers: [
      ['Citrix-CustomerId', 'acme01'],
      ['Accept', 'application/json'],
    ],
    authorization: true,
    body: {
      contentType: 'application/json',
      text: '{\n  "severity": "Information",\n  "content": [{ "languageTag": "en-US", "title": "It\'s O\'Brien\'s $HOME `date` \\"quoted\\"" }]\n}',
    },
  },
  'daas-path-and-secret-header': {
    method: 'DELETE',
    url: 'https://api.cloud.com/cvad/manage/MachineCatalogs/Win%2011%20%2F%20Pool',
    query: [
      ['purgeDBOnly', 'false'],
      ['fields', 'Id'],
      ['fields', 'Name'],
    ],
    headers: [
      ['Citrix-CustomerId', 'acme01'],
      ['Citrix-InstanceId', 'd07b0649-ff84-4e01-a764-8b14efe41ce2'],
      ['X-AdminCredential', 'Basic YWRtaW46aHVudGVyMg=='],
      ['Accept', 'application/json'],
    ],
    authorization: true,
  },
  'token-form': {
    method: 'POST',
    url: 'http://localhost:3000/sandbox/cctrustoauth2/sandboxdemo01/tokens/clients',
    query: [],
    headers: [['Accept', 'application/json']],
    authorization: false,
    body: {
      contentType: 'application/x-www-form-urlencoded',
      text: 'grant_type=client_credentials&client_id=6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42&client_secret=Sbx3Demo%2BSecret%2FKey9w%3D%3D',
    },
  },
  'trust-json-secret': {
    method: 'POST',
    url: 'https://trust.citrixworkspacesapi.net/acme01/tokens/clients',
    query: [],
    headers: [['Accept', 'application/json']],
    authorization: false,
    body: {
      contentType: 'application/json',
      text: '{"ClientId":"6f1b3c2a","ClientSecret":"Sbx3Demo+Secret/Key9w=="}',
    },
  },
};

/** Values that must never appear in any snippet. */
export const FIXTURE_SECRETS = ['Sbx3Demo+Secret/Key9w==', 'Sbx3Demo%2BSecret', 'YWRtaW46aHVudGVyMg=='];
