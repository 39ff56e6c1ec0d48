import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alamatTerlarang } from './alamat-lokal.js';

test('refused: loopback, RFC 1918, link-local and metadata, CGNAT, unspecified, ULA, mapped IPv4', () => {
  for (const a of [
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '192.0.0.192',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
  ])
    assert.equal(alamatTerlarang(a), true, a);
});

test('allowed: public addresses, and names (checked after their lookup)', () => {
  for (const a of [
    '103.10.20.30',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2001:db8::1',
    '::ffff:8.8.8.8',
    'contoh.go.id',
  ])
    assert.equal(alamatTerlarang(a), false, a);
});
