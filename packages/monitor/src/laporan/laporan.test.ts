import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOBOT_AKTIVITAS, BOBOT_PEMANTAUAN, KOMPONEN_AKTIVITAS, METODE_PEMANTAUAN_VERSI } from '@terbuka/sdk';
import { catatan } from '../terbit/contoh.test.js';
import { html, mentah } from './html.js';
import { garisKilas } from './kilas.js';
import { halamanMetode } from './metode.js';
import { urutkanPeringkat, type DataLaporan } from './data.js';

test('html escapes every interpolated value, arrays included; only mentah/html pass through', () => {
  const jahat = `<img src=x onerror="alert('1')">&`;
  // prettier-ignore
  const keluar = html`<p title="${jahat}">${jahat}${[jahat, html`<b>${jahat}</b>`]}${mentah('<i>ok</i>')}${undefined}${false}${0}</p>`;
  assert.equal(
    keluar.isi,
    '<p title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;">' +
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;'.repeat(2) +
      '<b>&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;</b><i>ok</i>0</p>',
  );
});

test('the sparkline scales 0–100 over time and says the trend in words', () => {
  const svg = garisKilas(
    [
      { at: '2026-11-01T00:00:00Z', score: 100 },
      { at: '2026-11-11T00:00:00Z', score: 0 },
      { at: '2026-11-21T00:00:00Z', score: 50 },
    ],
    'k',
  ).isi.replace(/\s+/g, ' ');
  assert.match(svg, /points="4,4 120,44 236,24"/);
  assert.match(svg, /role="img" aria-labelledby="k"/);
  assert.match(
    svg,
    /<title id="k">Riwayat skor: 3 pemindaian, dari 100,0 .* menjadi 50,0 .* terendah 0,0, tertinggi 100,0\.<\/title>/,
  );
  assert.equal(garisKilas([], 'k').isi, '');
});

test('ranks: equal scores share a rank, then by name', () => {
  const r = urutkanPeringkat(
    [
      ['b', 'Bappeda', 70],
      ['a', 'Arsip', 70],
      ['c', 'Camat', 90],
      ['d', 'Dinsos', 10],
    ].map(([id, nama, skor]) => {
      const latest = catatan(id as string, nama as string, 'opd', skor as number, '2026-11-27T00:00:00Z');
      return { id: id as string, latest, history: [], expiresAt: '2026-12-04T00:00:00Z' };
    }),
  );
  assert.deepEqual(
    r.map((a) => [a.id, a.rank]),
    [
      ['c', 1],
      ['a', 2],
      ['b', 2],
      ['d', 4],
    ],
  );
});

test('the method page shows the SDK’s current weights and any older version found in the scans', () => {
  const lama = catatan('x', 'X', 'opd', 50, '2026-11-27T00:00:00Z', { methodVersion: 'monev-2025.9' });
  const data: DataLaporan = {
    issuer: { id: 'd', name: 'D' },
    generatedAt: '2026-11-28T00:00:00Z',
    methodVersions: [METODE_PEMANTAUAN_VERSI, 'monev-2025.9'],
    agencies: urutkanPeringkat([{ id: 'x', latest: lama, history: [], expiresAt: '2026-12-04T00:00:00Z' }]),
  };
  const teks = halamanMetode(data).replace(/\s+/g, ' ');
  const BOBOT = '<span class="label-sempit" aria-hidden="true">Bobot: </span>';
  assert.match(teks, new RegExp(`Metode ${METODE_PEMANTAUAN_VERSI.replace('.', '\\.')}</h2>`));
  assert.match(
    teks,
    new RegExp(
      `${KOMPONEN_AKTIVITAS.label.id} <span class="kecil">\\(aktivitas-situs\\)</span></th> <td role="cell" class="angka">${BOBOT}${BOBOT_AKTIVITAS}</td>`,
    ),
  );
  assert.match(
    teks,
    new RegExp(
      `\\(cakupan-berkala\\)</span></th> <td role="cell" class="angka">${BOBOT}${BOBOT_PEMANTAUAN['cakupan-berkala']}</td>`,
    ),
  );
  assert.match(teks, /Metode monev-2025\.9 \(masih tampil pada sebagian hasil\)/);
  // The total weight; on a phone the total row shows no empty "why" cell, not even its column's name.
  assert.match(
    teks,
    /<th scope="row" role="rowheader">Jumlah<\/th> <td role="cell" class="angka"><span class="label-sempit" aria-hidden="true">Bobot: <\/span>100<\/td><td role="cell"><\/td>/,
  );
  // Each method's table has its own id (two tables on the page, two captions to name them).
  assert.match(teks, /aria-labelledby="tabel-komponen"/);
  assert.match(teks, /<caption id="tabel-komponen-monev-2025\.9">/);
  // How an update day is counted (the SDK's ringkasAktivitas): a reader checking a class needs it.
  assert.match(teks, /hari dihitung sebagai tanggal kalender di zona waktu badan publik \(bawaan WIB\)/);
});
