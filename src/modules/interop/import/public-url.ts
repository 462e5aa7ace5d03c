import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * An address staff give the server to fetch must be a public https one: otherwise the import
 * page would let anyone with the right reach into the hosting network (metadata services,
 * databases on localhost). Every address the name resolves to is checked.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export type UrlRefusal = 'notHttps' | 'privateAddress' | 'unresolvable';

export async function refusePrivateUrl(
  url: URL,
  resolve: (host: string) => Promise<{ address: string; family: number }[]> = (host) => lookup(host, { all: true }),
): Promise<UrlRefusal | null> {
  if (url.protocol !== 'https:' || url.username || url.password) return 'notHttps';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  } catch {
    return 'unresolvable';
  }
  if (!addresses.length) return 'unresolvable';
  return addresses.some((a) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4')) ? 'privateAddress' : null;
}
