/**
 * The collection-level pre-request script of an exported collection (Postman sandbox JavaScript,
 * ES5-safe). Before any request that sends `Authorization: CwsAuth Bearer={{token}}`, it makes
 * sure `token` holds a bearer token that is valid for at least another minute; otherwise it gets a
 * new one with the OAuth 2.0 client-credentials flow from the `tokenUrl`, `customerId`,
 * `clientId` and `clientSecret` variables (form-urlencoded, as Citrix Cloud requires) and keeps it
 * in the collection variables `token` and `tokenExpiresAt` (epoch milliseconds).
 *
 * Variables are read with `pm.variables`, so an environment or the Postman Vault can hold the
 * client secret instead of the collection.
 */
export const TOKEN_REUSE_MARGIN_MS = 60_000;

export const PRE_REQUEST_SCRIPT: readonly string[] = [
  '// Citrix Cloud API Explorer: bearer token through the OAuth 2.0 client-credentials flow.',
  '// Set customerId, clientId and clientSecret (collection variables, an environment or the Vault).',
  '// The token is kept in `token` and reused until a minute before it expires (`tokenExpiresAt`).',
  '(function () {',
  "  var authorization = pm.request.headers.get('Authorization');",
  "  if (!authorization || authorization.indexOf('{{token}}') === -1) return;",
  "  var token = pm.variables.get('token');",
  "  var expiresAt = Number(pm.variables.get('tokenExpiresAt')) || 0;",
  `  if (token && Date.now() < expiresAt - ${TOKEN_REUSE_MARGIN_MS}) return;`,
  "  var customerId = pm.variables.get('customerId');",
  "  var clientId = pm.variables.get('clientId');",
  "  var clientSecret = pm.variables.get('clientSecret');",
  '  if (!customerId || !clientId || !clientSecret) {',
  "    throw new Error('Set the customerId, clientId and clientSecret variables of this collection (Citrix Cloud console: Identity and Access Management > API Access).');",
  '  }',
  '  pm.sendRequest({',
  "    url: pm.variables.replaceIn(pm.variables.get('tokenUrl')),",
  "    method: 'POST',",
  '    header: [',
  "      { key: 'Content-Type', value: 'application/x-www-form-urlencoded' },",
  "      { key: 'Accept', value: 'application/json' }",
  '    ],',
  '    body: {',
  "      mode: 'urlencoded',",
  '      urlencoded: [',
  "        { key: 'grant_type', value: 'client_credentials' },",
  "        { key: 'client_id', value: clientId },",
  "        { key: 'client_secret', value: clientSecret }",
  '      ]',
  '    }',
  '  }, function (error, response) {',
  "    if (error) throw new Error('Could not reach the token endpoint: ' + error.message);",
  '    if (response.code !== 200) {',
  "      throw new Error('The token endpoint answered ' + response.code + ': ' + response.text());",
  '    }',
  '    var body = response.json();',
  "    pm.collectionVariables.set('token', body.access_token);",
  "    pm.collectionVariables.set('tokenExpiresAt', String(Date.now() + Number(body.expires_in || 3600) * 1000));",
  '  });',
  '})();',
];
