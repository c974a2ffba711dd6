import { isBlockedAddress } from './address-guard';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.2',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc12::abcd',
    '::ffff:127.0.0.1',
    '::ffff:10.1.2.3',
    '::ffff:169.254.169.254',
    'not-an-ip',
    '127.1',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  // Each IPv6 form that embeds or maps an IPv4 address, carrying loopback, private, link-local or metadata.
  it.each([
    ['::7f00:1', 'IPv4-compatible (::/96) 127.0.0.1'],
    ['::127.0.0.1', 'IPv4-compatible, dotted'],
    ['::a00:1', 'IPv4-compatible 10.0.0.1'],
    ['::a9fe:a9fe', 'IPv4-compatible 169.254.169.254'],
    ['::ffff:7f00:1', 'IPv4-mapped (::ffff:0:0/96), hex'],
    ['::ffff:c0a8:101', 'IPv4-mapped 192.168.1.1, hex'],
    ['::ffff:0:7f00:1', 'IPv4-translated (::ffff:0:0:0/96) 127.0.0.1'],
    ['::ffff:0:a9fe:a9fe', 'IPv4-translated 169.254.169.254'],
    ['::ffff:0:10.0.0.1', 'IPv4-translated, dotted'],
    ['64:ff9b::7f00:1', 'NAT64 (64:ff9b::/96) 127.0.0.1'],
    ['64:ff9b::169.254.169.254', 'NAT64 metadata, dotted'],
    ['64:ff9b:1::a00:1', 'NAT64 local use (64:ff9b:1::/48)'],
    ['64:ff9b:1:808:808::', 'NAT64 local use, whatever it embeds'],
    ['2002:7f00:1::', '6to4 (2002::/16) 127.0.0.1'],
    ['2002:a9fe:a9fe::1', '6to4 169.254.169.254'],
    ['2002:c0a8:101:1::1', '6to4 192.168.1.1'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo, client 127.0.0.1 (inverted)'],
    ['2001:0:7f00:1::1', 'Teredo, server 127.0.0.1'],
    ['fec0::1', 'site-local (fec0::/10)'],
    ['feff:ffff::1', 'site-local, top of the range'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['2001:db8::1', 'documentation'],
  ])('refuses %s: %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '202.128.224.1',
    '172.32.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows the public address %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});
