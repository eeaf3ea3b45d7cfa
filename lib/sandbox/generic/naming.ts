import type { GenericState, ServedDocument } from './documents';
import type { Json } from './operation-index';
import { identityOf, setValueAt } from './resources';

/**
 * What an item is called by: the name a create's body gives it where the answer calls it otherwise,
 * and the new name an update gives an item addressed by its name (the collections under it move).
 */

/**
 * What a create's body calls the new item, where its answer calls it otherwise: the field named as
 * the item's path parameter (`FilterName` for `…/filters/{filterName}`, answered as `Identifier`),
 * or a string naming the object that identifies the item (an administrator's `User: "DOMAIN\\name"`,
 * answered as `User: { Name, … }`). Undefined where the body says nothing of it.
 */
export function identityFromBody(
  record: Json,
  body: Json,
  idKey: string | undefined,
  itemParameter: string | undefined,
): string | undefined {
  if (!idKey) return undefined;
  const holder = idKey.includes('.') && !Object.hasOwn(record, idKey) ? idKey.split('.')[0]! : undefined;
  if (holder !== undefined) {
    const named = body[holder];
    if (typeof named !== 'string' || named.trim() === '') return undefined;
    // The name goes where the answer names it; the id stays generated.
    const { nameKey } = identityOf(record, itemParameter);
    if (nameKey) setValueAt(record, nameKey, named);
    return undefined;
  }
  if (!itemParameter || idKey.toLowerCase() === itemParameter.toLowerCase()) return undefined;
  const field = Object.keys(body).find((key) => key.toLowerCase() === itemParameter.toLowerCase());
  const value = field === undefined ? undefined : body[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The new name an update gives an item addressed by its name (`/policies/{policyName}` and the
 * record's `PolicyName`): Citrix renames it, and it is then read by the new name. An item
 * addressed by an id keeps it.
 */
export function renamedTo(
  record: Json,
  body: Json,
  idKey: string | undefined,
  itemParameter: string | undefined,
): string | undefined {
  if (!idKey || !itemParameter || !/name$/i.test(itemParameter)) return undefined;
  if (idKey.toLowerCase() !== itemParameter.toLowerCase()) return undefined;
  const wanted = body[idKey];
  return typeof wanted === 'string' && wanted.trim() !== '' && wanted !== record[idKey] ? wanted : undefined;
}

/** The collections under a renamed item (`…/policies/old/filters`) move to its new name. */
export function moveNested(
  state: GenericState,
  served: ServedDocument,
  baseKey: string,
  from: string,
  to: string,
) {
  const document = state[served.id.slice(0, 16)] ?? {};
  const oldPrefix = `${baseKey}/${from.toLowerCase()}/`;
  for (const key of Object.keys(document))
    if (key.startsWith(oldPrefix)) {
      document[`${baseKey}/${to.toLowerCase()}/${key.slice(oldPrefix.length)}`] = document[key]!;
      delete document[key];
    }
}
