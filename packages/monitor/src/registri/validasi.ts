import * as v from 'valibot';
import {
  bacaSebutanJenisBadan,
  CONTOH_SEBUTAN_JENIS,
  jalurIssue,
  KATA_CATATAN_JENIS,
  KATA_SKEMA_UMUM,
  kodeIssue,
  kutip,
  petunjukAlamatData,
  teksIssue,
} from '@terbuka/sdk';
import type { KatalogMasalahSkema, Masalah, Teks } from '@terbuka/sdk';
import type { Agensi, AgensiDilewati, AkunResmi, HasilRegistri, Registri } from '../types.js';
import { REGISTRI_FORMAT, REGISTRI_VERSION } from '../types.js';
import { masalahRegistri } from './masalah.js';
import type { LetakMasalah } from './masalah.js';
import { FIELD_AGENSI, JENIS_AGENSI, SkemaRegistri } from './skema.js';
import { lengkapiAkun } from './sosial.js';

const MASALAH_SKEMA: KatalogMasalahSkema = {
  ...KATA_SKEMA_UMUM,
  'format.unknown': {
    id: 'berisi {nilai}; registri harus bertanda "terbuka-registri".',
    en: 'is {nilai}; a registry must say "terbuka-registri".',
  },
  'version.unknown': {
    id: 'berisi {nilai}; versi yang dikenal hanya 1.',
    en: 'is {nilai}; the only known version is 1.',
  },
  'link.web': {
    id: '{nilai} tidak diizinkan. Alamat harus lengkap dan diawali http:// atau https://, tanpa spasi.',
    en: '{nilai} is not allowed. The address must be complete and start with http:// or https://, with no spaces.',
  },
  'id.pattern': {
    id: '{nilai} tidak sah. Id dipakai sebagai nama berkas laporan: hanya huruf kecil, angka, dan - _ . di tengah (mis. "dinkes-sukamaju").',
    en: '{nilai} is not valid. Ids become report file names: lowercase letters, digits, and - _ . inside only (e.g. "dinkes-sukamaju").',
  },
};

const polosObjek = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Where a problem of `agencies[i]…` sits in the source: the CSV reader passes its rows and columns;
 * for JSON the agency's id names it.
 */
export type PetaLetak = (path: string, agencyId: string | undefined) => LetakMasalah;

export interface OpsiValidasi {
  readonly letak?: PetaLetak;
  /** Paths already reported by the CSV reader: the same cell is not reported twice. */
  readonly sudahDilaporkan?: ReadonlySet<string>;
}

function bersih(a: Agensi): Agensi {
  const akun = (s: AkunResmi): AkunResmi =>
    lengkapiAkun({
      platform: s.platform,
      url: s.url,
      ...(s.feedUrl !== undefined ? { feedUrl: s.feedUrl } : {}),
    });
  return {
    id: a.id,
    name: a.name.trim(),
    kind: a.kind,
    ...(a.parent !== undefined ? { parent: a.parent } : {}),
    website: a.website,
    dipUrls: [...a.dipUrls],
    ...(a.feedUrl !== undefined ? { feedUrl: a.feedUrl } : {}),
    wordpress: a.wordpress,
    ...(a.requestEndpoint !== undefined ? { requestEndpoint: a.requestEndpoint } : {}),
    social: a.social.map(akun),
    ...(a.timeZone !== undefined ? { timeZone: a.timeZone } : {}),
  };
}

/**
 * Checks a registry already parsed from JSON (or built by the CSV reader): every problem with its path;
 * duplicate ids, unknown or circular parents are errors; unknown fields, agencies without a DIP address, a
 * DIP address that is a page for people (a sharing link) and a website shared by two agencies are
 * warnings. The registry comes back only without an error.
 */
export function validasiRegistri(input: unknown, opsi: OpsiValidasi = {}): HasilRegistri {
  const h = periksaRegistri(input, opsi);
  const sebagian = h.ok ? undefined : registriSebagian(input, h.errors);
  return sebagian ? { ...h, sebagian } : h;
}

const INDEKS_AGENSI = /^agencies\[(\d+)\]/;

/**
 * The skipped rows and, from them, the ids left out: an id whose first row is kept (only a later
 * duplicate row was skipped) is scanned, not left out.
 */
export function ringkasDilewati(barisDilewati: readonly AgensiDilewati[]): {
  dilewati: string[];
  barisDilewati: readonly AgensiDilewati[];
} {
  const dilewati = [...new Set(barisDilewati.filter((b) => !b.idDipindai).map((b) => b.id))];
  return { dilewati, barisDilewati };
}

/**
 * The agencies without an error, when every error is one agency's: those are left out and the rest
 * checked again (a child whose parent was left out is then left out too), a few rounds at most.
 */
function registriSebagian(input: unknown, errors: readonly Masalah[]): HasilRegistri['sebagian'] {
  if (!polosObjek(input) || !Array.isArray(input['agencies'])) return undefined;
  const semua: readonly unknown[] = input['agencies'];
  let sisa = semua.map((_, i) => i);
  let salah = errors;
  for (let putaran = 0; putaran < 4; putaran++) {
    const buang = new Set<number>();
    for (const m of salah) {
      const x = INDEKS_AGENSI.exec(m.path);
      if (!x) return undefined;
      buang.add(sisa[Number(x[1])]!);
    }
    sisa = sisa.filter((i) => !buang.has(i));
    if (sisa.length === 0) return undefined;
    const h = periksaRegistri({ ...input, agencies: sisa.map((i) => semua[i]) });
    if (h.ok && h.registry) {
      const tetap = new Set(sisa);
      const idTetap = new Set(h.registry.agencies.map((a) => a.id));
      const barisDilewati = semua.flatMap((a, index): AgensiDilewati[] => {
        if (tetap.has(index)) return [];
        const x = polosObjek(a) ? a['id'] : undefined;
        const id = x !== undefined && x !== '' ? String(x) : `#${index + 1}`;
        return [{ id, index, idDipindai: idTetap.has(id) }];
      });
      return { registry: h.registry, ...ringkasDilewati(barisDilewati) };
    }
    salah = h.errors;
  }
  return undefined;
}

function periksaRegistri(input: unknown, opsi: OpsiValidasi = {}): HasilRegistri {
  const errors: Masalah[] = [];
  const warnings: Masalah[] = [];
  const agensiMentah = polosObjek(input) && Array.isArray(input['agencies']) ? input['agencies'] : [];
  const idMentah = (i: number): string | undefined => {
    const a = agensiMentah[i] as unknown;
    return polosObjek(a) && typeof a['id'] === 'string' ? a['id'] : undefined;
  };
  const idDari = (path: string): string | undefined => {
    const m = /^agencies\[(\d+)\]/.exec(path);
    return m ? idMentah(Number(m[1])) : undefined;
  };
  const lapor = (severity: Masalah['severity'], code: string, path: string, problem: Teks): void => {
    for (const s of opsi.sudahDilaporkan ?? [])
      if (path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`)) return;
    const agencyId = idDari(path);
    const letak = opsi.letak?.(path, agencyId) ?? (agencyId !== undefined ? { agencyId } : {});
    (severity === 'error' ? errors : warnings).push(masalahRegistri(severity, code, path, problem, letak));
  };

  if (!polosObjek(input)) {
    lapor('error', 'registry.type', '', {
      id: `Registri harus berupa objek JSON { "format": "${REGISTRI_FORMAT}", "version": ${REGISTRI_VERSION}, "agencies": […] }.`,
      en: `A registry must be a JSON object { "format": "${REGISTRI_FORMAT}", "version": ${REGISTRI_VERSION}, "agencies": […] }.`,
    });
    return { ok: false, errors, warnings };
  }

  const hasil = v.safeParse(SkemaRegistri, input, { abortEarly: false });
  for (const issue of hasil.issues ?? []) {
    const code = kodeIssue(issue);
    const jalur = jalurIssue(issue);
    // A zone is written as offices say it: the names they know come first. A kind: the names read besides
    // the five codes too.
    const zona = code === 'field.value' && jalur.endsWith('.timeZone');
    const jenis = code === 'field.value' && jalur.endsWith('.kind');
    const kode = JENIS_AGENSI.map((j) => `"${j}"`).join(', ');
    lapor(
      'error',
      code,
      jalur,
      zona
        ? {
            id: `berisi ${kutip(String(issue.input))}, zona waktu yang tidak dikenal. Tulis WIB, WITA atau WIT (atau Asia/Jakarta, Asia/Makassar, Asia/Jayapura).`,
            en: `holds ${kutip(String(issue.input))}, a time zone that is not known. Write WIB, WITA or WIT (or Asia/Jakarta, Asia/Makassar, Asia/Jayapura).`,
          }
        : jenis
          ? {
              id: `berisi ${kutip(String(issue.input))}, yang tidak dikenal. Pilihan yang sah: ${kode} (juga ${CONTOH_SEBUTAN_JENIS}).`,
              en: `is ${kutip(String(issue.input))}, which is not known. Valid values: ${kode} (also ${CONTOH_SEBUTAN_JENIS}).`,
            }
          : teksIssue(code, issue, MASALAH_SKEMA),
    );
  }

  // Unknown fields: kept apart as warnings so a newer producer does not break this reader.
  for (const k of Object.keys(input))
    if (!['format', 'version', 'agencies', '$schema'].includes(k))
      lapor('warning', 'field.unknown', k, {
        id: 'kolom ini tidak dikenal dalam format registri dan diabaikan.',
        en: 'this field is not part of the registry format and is ignored.',
      });
  agensiMentah.forEach((a: unknown, i) => {
    if (!polosObjek(a)) return;
    for (const k of Object.keys(a))
      if (!FIELD_AGENSI.includes(k))
        lapor('warning', 'field.unknown', `agencies[${i}].${k}`, {
          id: 'kolom ini tidak dikenal dalam format registri dan diabaikan.',
          en: 'this field is not part of the registry format and is ignored.',
        });
    // A kind read with a note (`Kalurahan`, one letter from `kelurahan`): read all the same, said at its field.
    const jenis = typeof a['kind'] === 'string' ? a['kind'] : undefined;
    const catatan = bacaSebutanJenisBadan(jenis)?.catatan;
    if (catatan) {
      const k = KATA_CATATAN_JENIS[catatan];
      lapor('warning', `agency.kind-${catatan}`, `agencies[${i}].kind`, {
        id: `${kutip(jenis)} ${k.id}`,
        en: `${kutip(jenis)} ${k.en}`,
      });
    }
  });

  // Rules across agencies, on whatever ids and parents are readable even when other fields are wrong.
  const pertama = new Map<string, number>();
  agensiMentah.forEach((_, i) => {
    const id = idMentah(i);
    if (id === undefined) return;
    const sebelum = pertama.get(id);
    if (sebelum === undefined) pertama.set(id, i);
    else {
      // Where the first one is: its row in a spreadsheet, else its place in the list.
      const baris = opsi.letak?.(`agencies[${sebelum}]`, id)?.row;
      lapor('error', 'agency.duplicate-id', `agencies[${i}].id`, {
        id: `${kutip(id)} sudah dipakai ${baris !== undefined ? `di baris ${baris}` : `oleh badan publik ke-${sebelum + 1}`}. Setiap id harus unik.`,
        en: `${kutip(id)} is already used ${baris !== undefined ? `on row ${baris}` : `by agency ${sebelum + 1}`}. Every id must be unique.`,
      });
    }
  });
  const induk = (i: number): string | undefined => {
    const a = agensiMentah[i] as unknown;
    return polosObjek(a) && typeof a['parent'] === 'string' ? a['parent'] : undefined;
  };
  agensiMentah.forEach((_, i) => {
    const p = induk(i);
    if (p === undefined) return;
    if (p === idMentah(i))
      lapor('error', 'agency.parent-self', `agencies[${i}].parent`, {
        id: 'badan publik tidak dapat menjadi induk dirinya sendiri.',
        en: 'an agency cannot be its own parent.',
      });
    else if (!pertama.has(p))
      lapor('error', 'agency.unknown-parent', `agencies[${i}].parent`, {
        id: `${kutip(p)} tidak ada dalam registri. Induk harus id badan publik lain di registri ini.`,
        en: `${kutip(p)} is not in the registry. A parent must be the id of another agency in this registry.`,
      });
  });
  // A chain of parents that comes back to where it started: reported once, at its first member.
  const dalamLingkaran = new Set<number>();
  agensiMentah.forEach((_, i) => {
    if (dalamLingkaran.has(i) || pertama.get(idMentah(i) ?? '') !== i) return;
    const jalan: number[] = [i];
    let j = i;
    for (;;) {
      const p = induk(j);
      const k = p === undefined ? undefined : pertama.get(p);
      if (k === undefined || k === j) return;
      const ulang = jalan.indexOf(k);
      if (ulang >= 0) {
        const lingkaran = jalan.slice(ulang);
        if (lingkaran.some((x) => dalamLingkaran.has(x))) return;
        for (const x of lingkaran) dalamLingkaran.add(x);
        const awal = Math.min(...lingkaran);
        const nama = [...lingkaran, k].map((x) => idMentah(x) ?? '?').join(' → ');
        lapor('error', 'agency.parent-cycle', `agencies[${awal}].parent`, {
          id: `induk berputar kembali ke dirinya: ${nama}.`,
          en: `the parents run in a circle: ${nama}.`,
        });
        return;
      }
      jalan.push(k);
      j = k;
    }
  });

  if (!hasil.success) return { ok: false, errors, warnings };

  const agencies = (hasil.output.agencies as readonly Agensi[]).map(bersih);
  const situs = new Map<string, number>();
  agencies.forEach((a, i) => {
    if (a.dipUrls.length === 0)
      lapor('warning', 'agency.no-dip', `agencies[${i}].dipUrls`, {
        id: 'tidak ada alamat DIP; nilai DIP badan publik ini akan 0 sampai alamatnya diisi.',
        en: 'no DIP address; this agency scores 0 for its DIP until one is given.',
      });
    // A sharing link or a sheet's page gives the scan a web page, never the DIP: said before the first scan.
    a.dipUrls.forEach((url, j) => {
      const petunjuk = petunjukAlamatData(url);
      if (petunjuk) lapor('warning', 'agency.dip-page', `agencies[${i}].dipUrls[${j}]`, petunjuk);
    });
    const kunci = a.website.toLowerCase().replace(/\/+$/, '');
    const lain = situs.get(kunci);
    if (lain === undefined) situs.set(kunci, i);
    else
      lapor('warning', 'agency.website-shared', `agencies[${i}].website`, {
        id: `sama dengan situs badan publik ke-${lain + 1} (${kutip(agencies[lain]?.id)}); situs itu akan dipindai dua kali.`,
        en: `same as the website of agency ${lain + 1} (${kutip(agencies[lain]?.id)}); that site will be scanned twice.`,
      });
  });
  if (errors.length > 0) return { ok: false, errors, warnings };
  const registry: Registri = { format: REGISTRI_FORMAT, version: REGISTRI_VERSION, agencies };
  return { ok: true, registry, errors, warnings };
}
