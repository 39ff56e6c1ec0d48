import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CATALOG_VERSION,
  cariItemKatalog,
  idKatalogDikenal,
  itemKatalog,
  itemWajib,
  katalogBadanPublik,
  katalogDesa,
  katalogIntiBadanPublik,
  katalogIntiBerkalaBadanPublik,
  katalogIntiBerkalaBadanPublikTanpaKataKunci,
  katalogIntiBerkalaDesa,
  katalogIntiDesa,
  katalogIntiUntuk,
  katalogUntuk,
} from './katalog.js';
import { cocokkanItemKatalog, perluKataKunci } from './cakupan.js';
import { KATA_KUNCI_BERKALA_BADAN_PUBLIK } from './kata-kunci-berkala-badan-publik.js';
import { wajibBelumTercakup } from './belum-tercakup.js';
import { buatPenilaiKesegaran } from '../scoring/kesegaran.js';
import type { DokumenDIP, ItemDIP } from '../dip/types.js';
import { RINCIAN_BADAN_PUBLIK } from './rincian-badan-publik.js';
import { RINCIAN_DESA } from './rincian-desa.js';
import { ANCAMAN_SERTA_MERTA, UNSUR_PENGUMUMAN } from './serta-merta.js';
import { normalisasi } from './normalisasi.js';
import type { ItemKatalogInti, Katalog, KatalogInti } from './types.js';

const semuaId = (k: Katalog): string[] => k.items.flatMap((i) => [i.id, ...i.subItems.map((s) => s.id)]);

test('catalog ids are unique within each catalog, and sub-item ids sit under their item', () => {
  for (const k of [katalogBadanPublik, katalogDesa]) {
    const ids = semuaId(k);
    assert.equal(new Set(ids).size, ids.length, `${k.kind}: duplicate id`);
    for (const item of k.items) {
      assert.match(item.id, /^(berkala|serta-merta|setiap-saat|dikecualikan)\.[a-z0-9-]+$/);
      assert.ok(item.id.startsWith(`${item.category}.`), item.id);
      for (const s of item.subItems) assert.ok(s.id.startsWith(`${item.id}.`), s.id);
    }
  }
});

test('the ids that registers and stored scores refer to stay stable', () => {
  assert.equal(CATALOG_VERSION, '2026.2');
  assert.equal(katalogBadanPublik.version, CATALOG_VERSION);
  assert.equal(katalogDesa.version, CATALOG_VERSION);
  for (const id of [
    'berkala.profil',
    'berkala.profil.lhkpn',
    'berkala.ringkasan-program',
    'berkala.ringkasan-kinerja',
    'berkala.laporan-keuangan',
    'berkala.laporan-akses-informasi',
    'berkala.peraturan',
    'berkala.hak-tata-cara',
    'berkala.tata-cara-pengaduan',
    'berkala.pengadaan',
    'berkala.ketenagakerjaan',
    'berkala.peringatan-dini',
    'serta-merta.ancaman',
    'setiap-saat.dip',
    'setiap-saat.laporan-layanan',
    'dikecualikan.pasal-17',
    'dikecualikan.pasal-17.h',
  ]) {
    assert.ok(idKatalogDikenal(id, 'opd'), id);
  }
  for (const id of ['berkala.program-masuk-desa', 'berkala.perencanaan-desa', 'berkala.apb-desa']) {
    assert.ok(idKatalogDikenal(id, 'desa'), id);
    assert.equal(idKatalogDikenal(id, 'opd'), false, `${id} is a desa item only`);
  }
});

test('every item and sub-item has Indonesian and English text and at least one legal basis', () => {
  for (const k of [katalogBadanPublik, katalogDesa]) {
    for (const item of k.items) {
      assert.ok(item.title.id.trim() && item.title.en.trim(), item.id);
      assert.ok(item.basis.length > 0, `${item.id} has no basis`);
      for (const s of item.subItems) assert.ok(s.title.id.trim() && s.title.en.trim(), s.id);
      for (const b of item.basis) {
        if (!b.verified) assert.ok(b.note, `${item.id}: an unverified citation must say why`);
      }
      if (!item.verified) assert.ok(item.note, `${item.id}: an unverified item must say why`);
    }
  }
});

test('keywords are stored normalised, and every sub-item keyword is also an item keyword', () => {
  for (const k of [katalogBadanPublik, katalogDesa]) {
    for (const item of k.items) {
      for (const kw of item.keywords) assert.equal(kw, normalisasi(kw), `${item.id}: "${kw}"`);
      for (const s of item.subItems) {
        for (const kw of s.keywords ?? []) assert.ok(item.keywords.includes(kw), `${s.id}: "${kw}"`);
      }
    }
  }
});

test('Badan Publik berkala items come in the order a–k; only ketenagakerjaan is unconfirmed', () => {
  const berkala = itemKatalog('opd', 'berkala');
  assert.deepEqual(
    berkala.map((i) => i.letter),
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'],
  );
  assert.deepEqual(
    berkala.filter((i) => !i.verified).map((i) => i.id),
    ['berkala.ketenagakerjaan'],
  );
  assert.ok(berkala.every((i) => i.mandatory && i.cadenceMonths !== undefined));
  // UU KIP Pasal 9 ayat (4): every periodic item at least every six months — the access report too (the
  // yearly service report of Pasal 12 is the setiap-saat item laporan-layanan).
  assert.deepEqual(
    berkala.filter((i) => i.cadenceMonths !== 6).map((i) => i.id),
    [],
  );
});

test('setiap-saat items carry no letter (theirs are unconfirmed); those UU KIP Pasal 11 ayat (1) names cite its letter', () => {
  const setiapSaat = itemKatalog('opd', 'setiap-saat');
  assert.deepEqual(
    setiapSaat.filter((i) => i.letter !== undefined).map((i) => i.id),
    [],
  );
  const pasal11 = (i: (typeof setiapSaat)[number]): string | undefined =>
    i.basis.find((b) => b.instrument.startsWith('UU 14/2008') && b.article?.startsWith('Pasal 11'))?.article;
  assert.deepEqual(
    setiapSaat.filter((i) => i.verified).map((i) => [i.id, pasal11(i)]),
    [
      ['setiap-saat.dip', 'Pasal 11 ayat (1) huruf a'],
      ['setiap-saat.peraturan-kebijakan', 'Pasal 11 ayat (1) huruf b dan c'],
      ['setiap-saat.perjanjian', 'Pasal 11 ayat (1) huruf e'],
      ['setiap-saat.rencana-strategis', 'Pasal 11 ayat (1) huruf d'],
      ['setiap-saat.pernyataan-pertemuan-terbuka', 'Pasal 11 ayat (1) huruf f'],
      ['setiap-saat.laporan-layanan', 'Pasal 11 ayat (1) huruf h'],
    ],
  );
  assert.deepEqual(
    setiapSaat.filter((i) => !i.verified && pasal11(i)).map((i) => i.id),
    [],
  );
});

test('citations of Perki 1/2010 numbering are never attributed to Perki 1/2021', () => {
  for (const item of katalogBadanPublik.items) {
    for (const b of item.basis) {
      if (b.instrument.startsWith('Perki 1/2021') && b.article) {
        assert.ok(
          ['Pasal 14', 'Pasal 15', 'Pasal 49', 'Pasal 56'].includes(b.article),
          `${item.id}: ${b.article}`,
        );
      }
    }
  }
  const lhkpn = katalogBadanPublik.items
    .find((i) => i.id === 'berkala.profil')
    ?.subItems.find((s) => s.id === 'berkala.profil.lhkpn');
  assert.deepEqual(
    lhkpn?.basis?.map((b) => [b.article, b.verified]),
    [['Pasal 15', true]],
  );
});

test('katalogUntuk: a desa follows Perki 1/2018, every other kind the Badan Publik catalog', () => {
  assert.equal(katalogUntuk('desa'), katalogDesa);
  for (const kind of ['opd', 'kecamatan', 'kelurahan', 'lainnya'] as const) {
    assert.equal(katalogUntuk(kind), katalogBadanPublik, kind);
  }
});

test('desa berkala duties are a–g of Perki 1/2018 Pasal 2 ayat 1, confirmed', () => {
  const wajib = itemWajib('desa');
  assert.deepEqual(
    wajib.map((i) => [i.letter, i.id]),
    [
      ['a', 'berkala.profil'],
      ['b', 'berkala.ringkasan-program'],
      ['c', 'berkala.program-masuk-desa'],
      ['d', 'berkala.perencanaan-desa'],
      ['e', 'berkala.apb-desa'],
      ['f', 'berkala.ringkasan-kinerja'],
      ['g', 'berkala.laporan-keuangan'],
    ],
  );
  for (const i of wajib) {
    assert.ok(i.verified);
    assert.ok(
      i.basis.some(
        (b) => b.instrument.startsWith('Perki 1/2018') && b.verified && b.article?.startsWith('Pasal 2'),
      ),
    );
  }
  // Perki 1/2021 items not found in the desa text are listed, unconfirmed, and not counted as duties.
  const pengadaan = itemKatalog('desa', 'berkala').find((i) => i.id === 'berkala.pengadaan');
  assert.ok(pengadaan);
  assert.equal(pengadaan.verified, false);
  assert.equal(pengadaan.mandatory, false);
  assert.equal(pengadaan.letter, undefined);
});

test('desa setiap-saat and DIK lists are derived from the Badan Publik lists and marked unconfirmed', () => {
  const bp = itemKatalog('opd', 'setiap-saat');
  const desa = itemKatalog('desa', 'setiap-saat');
  assert.deepEqual(
    desa.map((i) => i.id),
    bp.map((i) => i.id),
  );
  for (const i of desa) {
    if (i.id === 'setiap-saat.dip') continue;
    assert.equal(i.verified, false, i.id);
    assert.ok(
      i.basis.some((b) => b.instrument.startsWith('Perki 1/2018') && b.article === 'Pasal 4' && !b.verified),
    );
  }
  // Keeping the DIP current is a confirmed desa duty (Pasal 7 huruf e).
  const dip = desa.find((i) => i.id === 'setiap-saat.dip');
  assert.equal(dip?.verified, true);
  assert.deepEqual(
    itemWajib('desa', 'setiap-saat').map((i) => i.id),
    ['setiap-saat.dip'],
  );
  assert.equal(itemKatalog('desa', 'dikecualikan')[0]?.verified, false);
});

test('serta-merta is one item with the six threat kinds as sub-items; desa cites Perki 1/2018 Pasal 3', () => {
  assert.equal(ANCAMAN_SERTA_MERTA.length, 6);
  assert.equal(UNSUR_PENGUMUMAN.length, 8);
  for (const kind of ['opd', 'desa'] as const) {
    const items = itemKatalog(kind, 'serta-merta');
    assert.equal(items.length, 1);
    assert.deepEqual(
      items[0]?.subItems.map((s) => s.id),
      ANCAMAN_SERTA_MERTA.map((a) => `serta-merta.ancaman.${a.id}`),
    );
  }
  const desa = itemKatalog('desa', 'serta-merta')[0];
  assert.ok(desa?.basis.some((b) => b.article === 'Pasal 3 ayat (1)' && b.verified));
  assert.ok(!desa?.basis.some((b) => b.instrument.startsWith('Perki 1/2021')));
});

test('category and kind queries', () => {
  assert.equal(itemKatalog('opd').length, katalogBadanPublik.items.length);
  assert.deepEqual(
    [...new Set(itemKatalog('kecamatan').map((i) => i.category))],
    ['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'],
  );
  assert.equal(itemWajib('opd').length, 11);
  assert.deepEqual(itemWajib('opd', 'dikecualikan'), []);
  assert.ok(itemWajib('opd', 'setiap-saat').some((i) => i.id === 'setiap-saat.dip'));
  assert.equal(itemKatalog('badan-publik', 'berkala').length, 11);
});

test('idKatalogDikenal says no to unknown, misspelt or other-catalog ids without throwing', () => {
  assert.equal(idKatalogDikenal('berkala.profile', 'opd'), false);
  assert.equal(idKatalogDikenal('', 'desa'), false);
  assert.equal(idKatalogDikenal('berkala', 'opd'), false);
  assert.equal(idKatalogDikenal(' berkala.profil ', 'opd'), true);
});

test('the core of each catalog is the full catalog without its details, and every detail has its core', () => {
  for (const [kind, rincian] of [
    ['opd', RINCIAN_BADAN_PUBLIK],
    ['desa', RINCIAN_DESA],
  ] as const) {
    const penuh = katalogUntuk(kind);
    const inti = katalogIntiUntuk(kind);
    assert.equal(inti.kind, penuh.kind);
    assert.equal(inti.version, penuh.version);
    assert.deepEqual(
      inti.items,
      penuh.items.map(({ description: _d, basis: _b, note: _n, subItems, ...item }) => ({
        ...item,
        subItems: subItems.map((s) => ({ id: s.id, ...(s.keywords ? { keywords: s.keywords } : {}) })),
      })),
    );
    assert.deepEqual(Object.keys(rincian).sort(), inti.items.map((i) => i.id).sort());
    for (const item of inti.items) {
      assert.deepEqual(
        Object.keys(rincian[item.id]?.subItems ?? {}).sort(),
        item.subItems.map((s) => s.id).sort(),
        item.id,
      );
    }
  }
});

const VIEW: [KatalogInti, KatalogInti][] = [
  [katalogIntiBadanPublik, katalogIntiBerkalaBadanPublik],
  [katalogIntiDesa, katalogIntiBerkalaDesa],
];

test('the berkala-words views of the cores keep every id, flag and cadence, and berkala words whole', () => {
  for (const [inti, view] of VIEW) {
    const penuh = inti.items;
    const ringkas = view.items;
    assert.equal(view.kind, inti.kind);
    assert.equal(view.version, CATALOG_VERSION);
    assert.deepEqual(
      ringkas.map((i) => i.id),
      penuh.map((i) => i.id),
    );
    penuh.forEach((p, n) => {
      const r = ringkas[n]!;
      if (p.category === 'berkala') assert.equal(r, p, p.id);
      else {
        const { title: _t, keywords: _k, subItems, ...kerangka } = p;
        const { title, keywords, subItems: subR, ...kerangkaR } = r;
        assert.deepEqual(kerangkaR, kerangka, p.id);
        assert.deepEqual(
          subR,
          subItems.map((s) => ({ id: s.id })),
          p.id,
        );
        assert.deepEqual([title, keywords], [{ id: p.id, en: p.id }, []], p.id);
      }
    });
  }
});

test('berkala entries, the uncovered berkala items and every freshness verdict come out the same from the view', async () => {
  const { readFile } = await import('node:fs/promises');
  const fixture = JSON.parse(
    await readFile(new URL('../../fixtures/sukamaju/dip.json', import.meta.url), 'utf8'),
  ) as DokumenDIP;
  const lain: ItemDIP[] = [
    { id: 'x1', title: 'Peta rawan banjir dan gempa', category: 'serta-merta', updated: '2026-01-05' },
    { id: 'x2', title: 'SK DIP 2026', category: 'setiap-saat', updated: '2025-01-05' },
    { id: 'x3', title: 'Uji konsekuensi', category: 'dikecualikan' },
    {
      id: 'x4',
      title: 'Profil',
      category: 'berkala',
      fulfils: ['setiap-saat.dip', 'serta-merta.ancaman.banjir'],
    },
    {
      id: 'x5',
      title: 'Tupoksi dan LHKPN',
      category: 'berkala',
      fulfils: ['serta-merta.ancaman.bencana-alam'],
    },
    { id: 'x6', title: 'Laporan tahunan PPID', category: 'berkala', updated: '2024-03-01' },
  ];
  for (const [katalogPenuh, katalogView] of VIEW) {
    const doc: DokumenDIP = {
      ...fixture,
      agency: { ...fixture.agency, kind: katalogPenuh.kind === 'desa' ? 'desa' : 'opd' },
      items: [...fixture.items, ...lain],
    };
    const ids = (k: KatalogInti, e: ItemDIP): string[] =>
      cocokkanItemKatalog(e, k).map(
        (c) => `${c.catalogItemId}/${c.subItemId ?? ''}/${c.via}/${c.keyword ?? ''}`,
      );
    const nilai = buatPenilaiKesegaran(new Date('2026-11-28T03:00:00Z'));
    const cocok = (k: KatalogInti, e: ItemDIP): ItemKatalogInti[] =>
      cocokkanItemKatalog(e, k).map((c) => k.items.find((i) => i.id === c.catalogItemId)!);
    for (const e of doc.items) {
      if (e.category === 'berkala' || e.fulfils?.length)
        assert.deepEqual(ids(katalogView, e), ids(katalogPenuh, e), e.id);
      assert.deepEqual(nilai(e, cocok(katalogView, e)), nilai(e, cocok(katalogPenuh, e)), e.id);
    }
    assert.ok(doc.items.filter((e) => e.category === 'berkala').length > 10);
    assert.deepEqual(
      wajibBelumTercakup(katalogView, doc).map((i) => i.id),
      wajibBelumTercakup(katalogPenuh, doc).map((i) => i.id),
    );
    for (const id of semuaId(katalogUntuk(katalogPenuh.kind)))
      assert.equal(cariItemKatalog(id, katalogView)?.item.id, cariItemKatalog(id, katalogPenuh)?.item.id);
  }
});

test('the Badan Publik berkala view without phrases is the view with every phrase taken out, and its phrases are the only copy', () => {
  const tanpa = katalogIntiBerkalaBadanPublikTanpaKataKunci;
  assert.deepEqual(tanpa, {
    ...katalogIntiBerkalaBadanPublik,
    items: katalogIntiBerkalaBadanPublik.items.map((i) => ({
      ...i,
      keywords: [],
      subItems: i.subItems.map((s) => ({ id: s.id })),
    })),
  });
  // Every phrase list is keyed by a berkala item or sub-item, and shows up in the SDK's view unchanged.
  const berkala = katalogIntiBerkalaBadanPublik.items.filter((i) => i.category === 'berkala');
  for (const [id, kata] of Object.entries(KATA_KUNCI_BERKALA_BADAN_PUBLIK)) {
    const ketemu = cariItemKatalog(id, { items: berkala });
    assert.ok(ketemu, id);
    const di = ketemu.subItemId
      ? ketemu.item.subItems.find((s) => s.id === id)!.keywords
      : ketemu.item.keywords;
    assert.equal(di, kata, id);
  }
  assert.ok(berkala.every((i) => i.keywords.length > 0));
});

test('an entry that declares `fulfils` is placed the same without the phrases; one without needs them', () => {
  const entri: ItemDIP[] = [
    { id: 'a', title: 'LHKPN pejabat', category: 'berkala', fulfils: ['berkala.profil.lhkpn'] },
    { id: 'b', title: 'Tupoksi', category: 'berkala', fulfils: ['berkala.tidak-ada', ' berkala.profil '] },
    { id: 'c', title: 'Uji konsekuensi', category: 'dikecualikan', fulfils: ['dikecualikan.pasal-17.a'] },
    { id: 'd', title: 'Informasi dikecualikan', category: 'dikecualikan' },
  ];
  for (const e of entri.slice(0, 3)) {
    assert.equal(perluKataKunci(e), false, e.id);
    assert.deepEqual(
      cocokkanItemKatalog(e, katalogIntiBerkalaBadanPublikTanpaKataKunci),
      cocokkanItemKatalog(e, katalogIntiBerkalaBadanPublik),
      e.id,
    );
  }
  assert.equal(perluKataKunci(entri[3]!), true);
  assert.equal(perluKataKunci({ fulfils: [] }), true);
  const tupoksi: ItemDIP = { id: 'e', title: 'Tupoksi dinas', category: 'berkala' };
  assert.equal(perluKataKunci(tupoksi), true);
  assert.deepEqual(cocokkanItemKatalog(tupoksi, katalogIntiBerkalaBadanPublikTanpaKataKunci), []);
  assert.equal(
    cocokkanItemKatalog(tupoksi, katalogIntiBerkalaBadanPublik)[0]?.subItemId,
    'berkala.profil.tugas-fungsi',
  );
});
