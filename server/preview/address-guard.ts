/**
 * Which addresses previews may connect to: only public unicast ones. Never loopback, private, link-local
 * (cloud metadata 169.254.169.254 included), CGNAT, multicast, reserved or unspecified ones, in IPv4 or
 * IPv6, and never an IPv6 address that embeds or maps one of those IPv4 addresses (IPv4-compatible,
 * IPv4-mapped, translated, NAT64, 6to4, Teredo), unless the host:port is on the operator's allowlist
 * (tests, on-premise mirrors). ipaddr.js classifies the ranges (its tables follow the IANA registries),
 * so the guard does not keep its own list of prefixes.
 */
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

type V6 = ipaddr.IPv6;
const v4 = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

/**
 * The IPv4 addresses an IPv6 address carries, by the form that carries them; undefined when it is not
 * one of those forms. A local-use NAT64 prefix (64:ff9b:1::/48) may embed at any of six offsets, so it is
 * refused whole rather than decoded.
 */
function embeddedIPv4(address: V6): ipaddr.IPv4[] | 'refuse' | undefined {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = address.parts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const low32 = v4(g6, g7);
  if (!g0 && !g1 && !g2 && !g3 && !g4 && !g5) return [low32]; // ::/96 IPv4-compatible (:: and ::1 too)
  if (address.match(ipaddr.parse('::ffff:0:0'), 96)) return [low32]; // IPv4-mapped
  if (address.match(ipaddr.parse('::ffff:0:0:0'), 96)) return [low32]; // IPv4-translated (RFC 6145)
  if (address.match(ipaddr.parse('64:ff9b::'), 96)) return [low32]; // NAT64 well-known prefix
  if (address.match(ipaddr.parse('64:ff9b:1::'), 48)) return 'refuse'; // NAT64 local use (RFC 8215)
  if (address.match(ipaddr.parse('2002::'), 16)) return [v4(g1, g2)]; // 6to4
  // Teredo: the server's address, and the client's with every bit inverted
  if (address.match(ipaddr.parse('2001::'), 32)) return [v4(g2, g3), v4(~g6 & 0xffff, ~g7 & 0xffff)];
  return undefined;
}

const isPublicIPv4 = (address: ipaddr.IPv4) => address.range() === 'unicast';

export function isBlockedAddress(address: string): boolean {
  // node's isIP is strict (no `127.1` or hex octets); ipaddr.js would accept those.
  const family = isIP(address);
  if (family === 4) return !isPublicIPv4(ipaddr.IPv4.parse(address));
  if (family !== 6) return true;
  const v6 = ipaddr.IPv6.parse(address);
  const embedded = embeddedIPv4(v6);
  if (embedded === 'refuse') return true;
  if (embedded) return !embedded.every(isPublicIPv4);
  return v6.range() !== 'unicast';
}

/** `host:port` as the allowlist writes it (IPv6 in brackets), for a URL. */
export function hostPortOf(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}:${port}`;
}
