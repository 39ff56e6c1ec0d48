import { expect } from '@open-wc/testing';
import { jsonItemSah, jsonItemSahMentah } from '@terbuka/sdk';
import { dokumenUji } from '../testing/data-uji.js';
import { denganKata, uraiData, uraiTeks } from './urai.js';
import { pemuatBacaPenuh } from './baca-json.js';

// The problem words load with import() only when a read has problems: these hold the lazy path to the
// SDK's own worded reading (jsonItemSah), so the admin's list says exactly what it said before.
describe('urai: problems worded lazily', () => {
  it('a clean DIP reads with no problem and its whole document', async () => {
    const doc = dokumenUji([
      { title: 'Profil Dinas', fulfils: ['berkala.profil'], links: [{ label: 'a', url: 'https://a.id' }] },
    ]);
    const h = await uraiTeks(JSON.stringify(doc), { contentType: 'application/json' });
    expect(h.format).to.equal('json');
    expect(h.errors).to.deep.equal([]);
    expect(h.warnings).to.deep.equal([]);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas']);
  });

  it('faulty entries: the public part and every problem in the SDK words, in id and en', async () => {
    const doc = dokumenUji([{ title: 'Profil Dinas' }, { title: 'Laporan Keuangan' }]) as unknown as {
      items: Record<string, unknown>[];
    };
    doc.items[1]!['updated'] = '2026-02-30';
    doc.items[0]!['fulfils'] = ['tidak.ada'];
    // The admin's view asks for the words (kata).
    const h = await uraiTeks(JSON.stringify(doc), { kata: true });
    const sdk = jsonItemSah(doc);
    expect(h.errors).to.deep.equal(sdk.errors);
    expect(h.warnings).to.deep.equal(sdk.warnings);
    expect(h.omitted).to.equal(1);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas']);
    const galat = h.errors.find((m) => m.code === 'date.invalid');
    expect(galat?.message.id).to.match(
      /^Item ke-2 — Tanggal terakhir diperbarui: "2026-02-30" bukan tanggal/,
    );
    expect(galat?.message.en).to.match(/^Item 2 — Date last updated: "2026-02-30" is not a real date/);
    expect(h.warnings.some((m) => m.code === 'fulfils.unknown' && /tidak\.ada/.test(m.message.id))).to.equal(
      true,
    );
  });

  it('data that is not a DIP: no document, the reason in words', async () => {
    const h = await uraiData([1, 2], { kata: true });
    expect(h.document).to.equal(undefined);
    expect(h.errors.map((m) => m.code)).to.deep.equal(['document.type']);
    expect(h.errors[0]!.message.id).to.equal('Dokumen DIP harus berupa objek JSON ({ … }), bukan array.');
    expect(h.errors[0]!.message.en).to.equal('A DIP document must be a JSON object ({ … }), not array.');
  });

  it('malformed JSON stays the widget’s own problem, without loading the SDK words', async () => {
    const h = await uraiTeks('{"format": ', { contentType: 'application/json' });
    expect(h.errors.map((m) => m.code)).to.deep.equal(['json.syntax']);
    expect(h.document).to.equal(undefined);
  });

  it('the public view reads the same entries without waiting for the words', async () => {
    const doc = dokumenUji([{ title: 'Profil Dinas' }, { title: 'Laporan Keuangan' }]) as unknown as {
      items: Record<string, unknown>[];
    };
    doc.items[1]!['updated'] = '2026-02-30';
    let dimuat = 0;
    const muat = (): Promise<never> => {
      dimuat++;
      return Promise.reject(new Error('not to be loaded'));
    };
    const h = await denganKata('json', jsonItemSahMentah(doc), muat, false);
    expect(dimuat).to.equal(0);
    expect(h.errors.map((m) => m.message.id)).to.deep.equal(['items[1].updated: date.invalid']);
    expect(h.omitted).to.equal(1);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas']);
  });

  it('when the words chunk does not load, each problem still shows its path and code', async () => {
    const doc = dokumenUji([{ title: 'Profil Dinas' }, { title: 'Laporan Keuangan' }]) as unknown as {
      items: Record<string, unknown>[];
    };
    doc.items[1]!['updated'] = '2026-02-30';
    doc.items[0]!['fulfils'] = ['tidak.ada'];
    const gagal = (): Promise<never> =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const h = await denganKata('json', jsonItemSahMentah(doc), gagal);
    // Marked, so the shared reading is not kept and the words are tried again on the next read.
    expect(h.tanpaKata).to.equal(true);
    const sdk = jsonItemSah(doc);
    // The same problems as with the words, each worded by its place and code in both languages.
    const polos = (m: { path: string; code: string }): string => `${m.path}: ${m.code}`;
    expect(h.errors.map((m) => m.message.id)).to.deep.equal(sdk.errors.map(polos));
    expect(h.errors.map((m) => m.message.en)).to.deep.equal(sdk.errors.map(polos));
    expect(h.warnings.map((m) => m.message.id)).to.deep.equal(sdk.warnings.map(polos));
    expect(h.errors.map((m) => m.message.id)).to.include('items[1].updated: date.invalid');
    expect(h.warnings.map((m) => m.message.id)).to.include('items[0].fulfils[0]: fulfils.unknown');
    // The public part is read all the same.
    expect(h.omitted).to.equal(1);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas']);
  });
});

// The public view decides "valid as given" without the validator (the SDK's dokumenSahPasti, no valibot)
// and loads the full reading with import() only when that is not sure, or for the admin's view.
describe('urai: the validator loads only when needed', () => {
  /** A register valid as given. */
  const sah = (): Record<string, unknown> => ({
    format: 'terbuka-dip',
    version: 1,
    agency: { id: 'dinas-uji', name: 'Dinas Uji', kind: 'opd' },
    items: [
      {
        id: 'a',
        title: 'Profil Dinas',
        category: 'berkala',
        fulfils: ['berkala.profil'],
        updated: '2026-09-01',
      },
      { id: 'b', title: 'Laporan Keuangan', category: 'berkala', updated: '2026-09-01' },
    ],
  });
  const asli = pemuatBacaPenuh.muat;
  let dimuat = 0;
  beforeEach(() => {
    dimuat = 0;
    pemuatBacaPenuh.muat = () => {
      dimuat++;
      return asli();
    };
  });
  afterEach(() => {
    pemuatBacaPenuh.muat = asli;
  });

  it('a register valid as given: read without the validator, the data itself its document', async () => {
    const data = sah();
    const h = await uraiData(data);
    expect(dimuat).to.equal(0);
    expect(h.document).to.equal(data);
    expect(h.ok).to.equal(true);
    expect(h.errors).to.deep.equal([]);
    expect(h.warnings).to.deep.equal([]);
    expect(h.omitted).to.equal(0);
  });

  it('fields the format does not know (a CMS export) and keys in any order: no validator either', async () => {
    const data = sah() as { items: Record<string, unknown>[] } & Record<string, unknown>;
    data['createdAt'] = '2026-11-30';
    data.items = data.items.map((i) => ({ wpPostId: 7, ...Object.fromEntries(Object.entries(i).reverse()) }));
    const h = await uraiData(data);
    expect(dimuat).to.equal(0);
    expect(h.ok).to.equal(true);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas', data.items[1]!['title']]);
  });

  it('one faulty entry: the validator loads, the valid entries and the count left out, as before', async () => {
    const data = sah() as { items: Record<string, unknown>[] };
    data.items[1]!['updated'] = '2026-02-30';
    const h = await uraiData(data);
    expect(dimuat).to.equal(1);
    expect(h.omitted).to.equal(1);
    expect(h.document?.items.map((i) => i.title)).to.deep.equal(['Profil Dinas']);
    expect(h.errors.map((m) => m.code)).to.deep.equal(['date.invalid']);
  });

  it('the admin’s view (mode="periksa") always reads in full: the warnings are listed', async () => {
    const h = await uraiData(sah(), { kata: true });
    expect(dimuat).to.equal(1);
    expect(h.ok).to.equal(true);
    expect(h.warnings.map((m) => `${m.code} ${m.path}`)).to.include('item.no-link items[0].links');
  });

  it('when the validator cannot load (offline), a register it is needed for rejects: nothing silently dropped', async () => {
    pemuatBacaPenuh.muat = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const data = sah() as { items: Record<string, unknown>[] };
    data.items[0]!['updated'] = '2026-02-30';
    let galat: unknown;
    await uraiData(data).catch((e: unknown) => (galat = e));
    expect(galat).to.be.instanceOf(TypeError);
    // A register valid as given still reads.
    expect((await uraiData(sah())).document?.items.length).to.equal(2);
  });
});
