import dns, { type LookupAddress, type LookupOptions } from 'node:dns';

import ipaddr from 'ipaddr.js';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** True only for globally routable unicast addresses; everything private, local or special is refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    // NAT64 (64:ff9b::/96) embeds an IPv4 address that a gateway would reach: judge that address.
    else if (v6.range() === 'rfc6052' || v6.match(ipaddr.IPv6.parse('64:ff9b:1::'), 48)) {
      const bytes = v6.toByteArray().slice(12);
      parsed = ipaddr.fromByteArray(bytes);
    }
  }
  return parsed.range() === 'unicast';
}

type Resolver = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** Builds a connect-time lookup that refuses names resolving to non-public addresses (DNS rebinding). */
export function makeCheckedLookup(resolve: Resolver = dns.lookup as unknown as Resolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = Array.isArray(addresses) ? addresses : [{ address: addresses, family: 4 }];
      const bad = list.find((entry) => !isPublicAddress(entry.address));
      if (bad || list.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves to a non-public address`), {
          code: 'TARGET_NOT_ALLOWED',
        });
        return callback(refused, '');
      }
      if (options.all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

export const checkedLookup = makeCheckedLookup();
