import { tanggalTeks, type Teks } from '../i18n/teks.js';
import type { DokumenDIP, Tanggal } from '../dip/types.js';
import type { Kategori } from '../standard/types.js';
import { selisihHari } from '../calendar/tanggal.js';
import { STATUS_KESEGARAN } from './kesegaran.js';
import type { ItemKatalogInti } from '../standard/types.js';
import type { CakupanWajib } from './nilai.js';

/** The concrete evidence behind each contribution, in both languages. */

function daftar(nama: readonly Teks[]): Teks {
  return { id: nama.map((n) => n.id).join(', '), en: nama.map((n) => n.en).join(', ') };
}

// A catalog item's title in quotes: the titles hold commas themselves ("…peraturan, keputusan, dan/atau
// kebijakan"), and a list of them must still read as a list.
const judul = (t: Teks): Teks => ({ id: `"${t.id}"`, en: `"${t.en}"` });

// Dates as people read them (`20 November 2026`); a due date the freshness rule could not give is `?`.
const tanggalAtau = (t: string | undefined): Teks => (t ? tanggalTeks(t) : { id: '?', en: '?' });

export function alasanCakupan(wajib: readonly CakupanWajib<ItemKatalogInti>[]): Teks {
  const m = wajib.length;
  if (m === 0)
    return {
      id: 'Katalog tidak memuat item wajib berkala.',
      en: 'The catalog has no mandatory periodic items.',
    };
  const belum = wajib.filter((c) => c.entryIds.length === 0).map((c) => judul(c.item.title));
  const n = m - belum.length;
  if (belum.length === 0)
    return {
      id: `${n} dari ${m} item wajib berkala tersedia; semuanya ada.`,
      en: `${n} of ${m} mandatory periodic items present; none missing.`,
    };
  const d = daftar(belum);
  return {
    id: `${n} dari ${m} item wajib berkala tersedia; belum ada: ${d.id}.`,
    en: `${n} of ${m} mandatory periodic items present; missing: ${d.en}.`,
  };
}

export function alasanTerkini(wajib: readonly CakupanWajib<ItemKatalogInti>[]): Teks {
  const m = wajib.length;
  if (m === 0)
    return {
      id: 'Katalog tidak memuat item wajib berkala.',
      en: 'The catalog has no mandatory periodic items.',
    };
  const current = wajib.filter((c) => c.current).length;
  const bagian: Teks[] = [
    {
      id: `${current} dari ${m} item wajib berkala masih dalam siklus pembaruannya`,
      en: `${current} of ${m} mandatory periodic items are within their update cycle`,
    },
  ];
  const segera = wajib.filter((c) => c.best?.freshness.status === 'due');
  if (segera.length > 0) {
    const d = daftar(
      segera.map((c) => ({
        id: `${judul(c.item.title).id} (jatuh tempo ${tanggalAtau(c.best?.freshness.dueDate).id})`,
        en: `${judul(c.item.title).en} (due ${tanggalAtau(c.best?.freshness.dueDate).en})`,
      })),
    );
    bagian.push({ id: `segera diperbarui: ${d.id}`, en: `due soon: ${d.en}` });
  }
  const lama = wajib.filter((c) => c.best !== undefined && !c.current);
  if (lama.length > 0) {
    const d = daftar(
      lama.map((c) => {
        const f = c.best?.freshness;
        const status = STATUS_KESEGARAN[f?.status ?? 'unknown'];
        const tgl = f?.lastUpdated && tanggalTeks(f.lastUpdated);
        return {
          id: `${judul(c.item.title).id} (${status.id.toLowerCase()}${tgl ? `, terakhir ${tgl.id}` : ''})`,
          en: `${judul(c.item.title).en} (${status.en.toLowerCase()}${tgl ? `, last ${tgl.en}` : ''})`,
        };
      }),
    );
    bagian.push({ id: `tidak terkini: ${d.id}`, en: `not current: ${d.en}` });
  }
  const hilang = wajib.filter((c) => c.best === undefined).length;
  if (hilang > 0)
    bagian.push({
      id: `${hilang} item belum ada sama sekali`,
      en: `${hilang} item${hilang === 1 ? ' is' : 's are'} missing altogether`,
    });
  return { id: `${bagian.map((b) => b.id).join('; ')}.`, en: `${bagian.map((b) => b.en).join('; ')}.` };
}

export function alasanDIP(doc: DokumenDIP, per: Readonly<Record<Kategori, number>>): Teks {
  const n = doc.items.length;
  const sk = doc.decision?.number?.trim();
  const tglSK = doc.decision?.date && tanggalTeks(doc.decision.date);
  const skTeks: Teks = sk
    ? {
        id: `ditetapkan dengan ${sk}${tglSK ? ` tanggal ${tglSK.id}` : ''}`,
        en: `set by ${sk}${tglSK ? ` of ${tglSK.en}` : ''}`,
      }
    : {
        id: 'belum mencantumkan keputusan PPID yang menetapkannya (SK DIP)',
        en: 'the PPID decision that sets it (SK DIP) is not given',
      };
  if (n === 0)
    return { id: `DIP tidak memuat entri; ${skTeks.id}.`, en: `The DIP has no entries; ${skTeks.en}.` };
  return {
    id:
      `DIP memuat ${n} entri (berkala ${per.berkala}, serta-merta ${per['serta-merta']}, ` +
      `setiap saat ${per['setiap-saat']}, dikecualikan ${per.dikecualikan}); ${skTeks.id}.`,
    en:
      `The DIP lists ${n} entr${n === 1 ? 'y' : 'ies'} (periodic ${per.berkala}, immediate ${per['serta-merta']}, ` +
      `any time ${per['setiap-saat']}, exempt ${per.dikecualikan}); ${skTeks.en}.`,
  };
}

export function alasanDIK(excluded: number, complete: number): Teks {
  if (excluded === 0)
    return {
      id: 'Tidak ada daftar informasi yang dikecualikan (DIK).',
      en: 'There is no list of exempt information (DIK).',
    };
  if (complete === 0)
    return {
      id:
        `${excluded} entri dikecualikan, tetapi tidak satu pun memuat data uji konsekuensi lengkap ` +
        '(dasar Pasal 17, konsekuensi, jangka waktu, nomor dan tanggal keputusan).',
      en:
        `${excluded} exempt entr${excluded === 1 ? 'y' : 'ies'}, but none records a complete consequence test ` +
        '(Article 17 ground, consequence, period, decision number and date).',
    };
  return {
    id: `${complete} dari ${excluded} entri dikecualikan memuat data uji konsekuensi lengkap.`,
    en:
      excluded === 1
        ? 'The one exempt entry records a complete consequence test.'
        : `${complete} of ${excluded} exempt entries record a complete consequence test.`,
  };
}

export function alasanPembaruan(
  terbaru: Tanggal | undefined,
  hariIni: Tanggal,
  full: number,
  zero: number,
  tanggalDepan: number,
): Teks {
  const aturan: Teks = {
    id: `poin penuh bila ≤ ${full} bulan, berkurang harian hingga 0 pada ${zero} bulan`,
    en: `full points up to ${full} months, falling daily to 0 at ${zero} months`,
  };
  const kini = tanggalTeks(hariIni);
  const depan: Teks =
    tanggalDepan > 0
      ? {
          id: `; ${tanggalDepan} tanggal setelah ${kini.id} diabaikan`,
          en: `; ${tanggalDepan} date${tanggalDepan === 1 ? '' : 's'} after ${kini.en} ignored`,
        }
      : { id: '', en: '' };
  if (terbaru === undefined)
    return {
      id: `Tidak ada entri DIP yang bertanggal, jadi kebaruan DIP tidak dapat dinilai${depan.id}.`,
      en: `No DIP entry carries a date, so the DIP's recency cannot be assessed${depan.en}.`,
    };
  const hari = selisihHari(terbaru, hariIni);
  const t = tanggalTeks(terbaru);
  return {
    id: `Entri DIP terbaru bertanggal ${t.id} (${hari} hari sebelum ${kini.id}); ${aturan.id}${depan.id}.`,
    en: `Newest DIP entry dated ${t.en} (${hari} day${hari === 1 ? '' : 's'} before ${kini.en}); ${aturan.en}${depan.en}.`,
  };
}
