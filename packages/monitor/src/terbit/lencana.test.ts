import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntriFeed } from '@terbuka/sdk';
import type { TidakDinilai } from '../types.js';
import { lencanaShields, lencanaShieldsTidakDinilai, svgTidakDinilai } from './lencana.js';

const entri: EntriFeed = {
  agencyId: 'dinkes',
  name: 'Dinas Kesehatan',
  score: 84.4,
  band: 'menuju-informatif',
  evaluatedAt: '2026-11-28T01:00:00Z',
  expiresAt: '2026-12-05T01:00:00Z',
  methodVersion: '1.0.0',
  evidenceUrl: 'https://contoh.go.id/hasil/dinkes',
};

test('shields JSON: current in its band colour; past expiresAt or evaluated over a day ahead, grey, expired and without its number', () => {
  assert.deepEqual(
    [lencanaShields(entri, new Date('2026-11-29T00:00:00Z'))].map((l) => [l.message, l.color]),
    [['84,4 · Menuju Informatif', '7CB342']],
  );
  for (const now of ['2026-12-06T00:00:00Z', '2026-11-26T00:00:00Z']) {
    const l = lencanaShields(entri, new Date(now));
    // No number, as the SVG shows none: only the date of that evaluation.
    assert.equal(l.message, 'kedaluwarsa · terakhir 28 Nov 2026', now);
    assert.doesNotMatch(l.message, /\d+,\d/, now);
    assert.equal(l.color, '5F6368', now);
  }
  // Within a day ahead (a clock some hours off) it is current.
  assert.equal(lencanaShields(entri, new Date('2026-11-27T12:00:00Z')).color, '7CB342');
});

test('a body not assessed: the static badge and the shields JSON say the real cause (robots.txt of the site or of the DIP, its server error, a refused local address), never a number', () => {
  const dasar = { message: { id: '', en: '' }, action: { id: '', en: '' } };
  const kasus: [TidakDinilai, string, RegExp][] = [
    [
      { ...dasar, reason: 'robots', scope: 'site' },
      'ditutup robots.txt',
      /robots\.txt situsnya menutup beranda dan DIP-nya/,
    ],
    [
      { ...dasar, reason: 'robots', scope: 'dip' },
      'DIP ditutup robots.txt',
      /robots\.txt menutup DIP-nya bagi pemantau/,
    ],
    [
      { ...dasar, reason: 'server', scope: 'site', status: 503 },
      'robots.txt galat server',
      /menjawab galat server/,
    ],
    [
      { ...dasar, reason: 'alamat-terlarang', scope: 'site' },
      'alamat lokal ditolak',
      /alamat situsnya mengarah ke jaringan lokal\/privat/,
    ],
    [
      { ...dasar, reason: 'alamat-terlarang', scope: 'dip' },
      'DIP: alamat lokal ditolak',
      /alamat DIP-nya mengarah ke jaringan lokal\/privat/,
    ],
  ];
  for (const [sebab, singkat, klausa] of kasus) {
    const svg = svgTidakDinilai('Dinas Kesehatan', '2026-12-02', sebab);
    const teks = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(teks, ['—', 'Tidak dapat dinilai', 'dipindai 2 Des 2026', singkat]);
    const label = /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';
    assert.match(
      label,
      /^Dinas Kesehatan: keterbukaan informasi tidak dapat dinilai pemantau pada pemindaian 2 Desember 2026, karena /,
    );
    assert.match(label, klausa);
    // Only a robots.txt cause names robots.txt.
    if (sebab.reason === 'alamat-terlarang') assert.doesNotMatch(svg, /robots/);
    const shields = lencanaShieldsTidakDinilai(sebab);
    assert.deepEqual([shields.message, shields.color], [`tidak dapat dinilai (${singkat})`, '5F6368']);
  }
});
