import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmod, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Teks } from '@terbuka/sdk';
import { buatFolder, teksGalatBerkas } from '../berkas.js';
import { tulisAtomik } from '../terbit/tulis-atomik.js';
import { thumbprintJWK, xDariKunci, type KunciTersimpan } from './jwk.js';

/** The key folder's public index; the private keys sit beside it as `<kid>.pem`. */
export const BERKAS_KUNCI = 'keys.json';

/** How long a retired key keeps co-signing after a rotation, unless told otherwise. */
export const MASA_TUMPANG_TINDIH_HARI = 30;

/**
 * The longest a retired key may keep co-signing: three times the default, time enough for every site to
 * change its key=. A retired key that co-signs for years (100000 typed for 10) is a rotation in name only:
 * the key it meant to retire stays trusted.
 */
export const MASA_TUMPANG_TINDIH_MAKS_HARI = 90;

/**
 * A key problem the operator must fix (no key yet, a missing private key file). `penggunaan`: the
 * command was given something wrong (a key folder that does not exist), a usage error for the CLI.
 */
export class GalatKunci extends Error {
  constructor(
    readonly teks: Teks,
    readonly penggunaan = false,
  ) {
    super(teks.en);
  }
}

/**
 * A file-system failure on the key folder (a file given as --kunci, no right to write it, a path under
 * /proc) as a usage error naming the path and what to do; any other error as it is.
 */
function galatBerkasKunci(e: unknown, tindakan: 'baca' | 'tulis'): unknown {
  const t = teksGalatBerkas(e, tindakan);
  return t ? new GalatKunci({ id: `Folder kunci: ${t.id}`, en: `Key folder: ${t.en}` }, true) : e;
}

/** A key folder that must already exist (to rotate or sign): a mistyped path is not "no key yet". */
async function pastikanFolder(dir: string): Promise<void> {
  const s = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw galatBerkasKunci(e, 'baca');
  });
  if (s && !s.isDirectory())
    throw new GalatKunci(
      {
        id: `--kunci ${dir} adalah berkas, bukan folder kunci. Periksa --kunci: beri folder yang dibuat "terbuka keys generate".`,
        en: `--kunci ${dir} is a file, not a key folder. Check --kunci: give the folder "terbuka keys generate" made.`,
      },
      true,
    );
  if (!s)
    throw new GalatKunci(
      {
        id: `Folder kunci ${dir} tidak ada. Periksa --kunci (salah ketik?); kunci pertama dibuat dengan "terbuka keys generate --kunci ${dir}".`,
        en: `Key folder ${dir} does not exist. Check --kunci (a typo?); the first key is made with "terbuka keys generate --kunci ${dir}".`,
      },
      true,
    );
}

export interface KunciBaru {
  readonly kid: string;
  readonly x: string;
  /** The private key file written (mode 0600). */
  readonly path: string;
}

export interface OpsiKunci {
  /** Default: the clock. */
  readonly now?: Date;
}

/** A key problem that is only a warning (a retired key's private file missing or corrupt): publishing goes on. */
export interface PeringatanKunci {
  readonly code: 'key.retired-missing' | 'key.retired-corrupt';
  readonly kid: string;
  readonly path: string;
  readonly message: Teks;
}

export interface OpsiPutar extends OpsiKunci {
  /** Days the retired key keeps co-signing: 0 to MASA_TUMPANG_TINDIH_MAKS_HARI (90). Default 30. */
  readonly overlapDays?: number;
}

/** A private key that signs the feed now. */
export interface Penanda {
  readonly kid: string;
  readonly x: string;
  readonly kunci: KeyObject;
}

/** The keys listed in a key folder (empty when it has none yet). */
export async function bacaSetKunci(dir: string): Promise<KunciTersimpan[]> {
  let teks: string;
  try {
    teks = await readFile(join(dir, BERKAS_KUNCI), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw galatBerkasKunci(e, 'baca');
  }
  let isi: { keys?: unknown } | null;
  try {
    isi = JSON.parse(teks) as { keys?: unknown } | null;
  } catch {
    isi = null;
  }
  if (!isi || !Array.isArray(isi.keys))
    throw new GalatKunci({
      id: `${join(dir, BERKAS_KUNCI)} bukan set kunci yang sah (JSON rusak atau tanpa daftar "keys"). Pulihkan berkas itu dari cadangan; jangan membuat kunci baru di atasnya.`,
      en: `${join(dir, BERKAS_KUNCI)} is not a valid key set (broken JSON or no "keys" list). Restore the file from a backup; do not make a new key over it.`,
    });
  return isi.keys as KunciTersimpan[];
}

/**
 * Writes a new key's private file, then the key set that lists it; when the key set cannot be written, the
 * private file goes too, so a failure leaves the folder as it was.
 */
async function tulisKunciBaru(
  dir: string,
  baru: { path: string; pem: string },
  keys: readonly KunciTersimpan[],
): Promise<void> {
  try {
    await buatFolder(dir, 0o700);
    await tulisAtomik(baru.path, baru.pem, { mode: 0o600 });
    // The umask may have narrowed the mode further, never widened it; make it exact.
    await chmod(baru.path, 0o600);
    await tulisAtomik(join(dir, BERKAS_KUNCI), `${JSON.stringify({ keys }, null, 2)}\n`);
  } catch (e) {
    await rm(baru.path, { force: true }).catch(() => undefined);
    throw galatBerkasKunci(e, 'tulis');
  }
}

function kunciBaru(dir: string, now: Date): { jwk: KunciTersimpan; path: string; pem: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const x = xDariKunci(privateKey);
  const kid = thumbprintJWK(x);
  const path = join(dir, `${kid}.pem`);
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const jwk: KunciTersimpan = {
    kty: 'OKP',
    crv: 'Ed25519',
    x,
    kid,
    alg: 'EdDSA',
    use: 'sig',
    status: 'aktif',
    created: now.toISOString(),
  };
  return { jwk, path, pem };
}

/**
 * Makes the first signing key of a key folder: a private key `<kid>.pem` (PKCS#8 PEM, mode 0600) and its
 * public JWK in `keys.json`. A folder that already has an active key is left alone: use `putarKunci`.
 */
export async function buatKunci(dir: string, opsi: OpsiKunci = {}): Promise<KunciBaru> {
  const ada = await bacaSetKunci(dir);
  const aktif = ada.find((k) => k.status !== 'pensiun');
  if (aktif)
    throw new GalatKunci({
      id: `Folder kunci ${dir} sudah punya kunci aktif ${aktif.kid}; untuk menggantinya pakai "terbuka keys rotate".`,
      en: `Key folder ${dir} already has an active key ${aktif.kid}; to replace it use "terbuka keys rotate".`,
    });
  const { jwk, path, pem } = kunciBaru(dir, opsi.now ?? new Date());
  await tulisKunciBaru(dir, { path, pem }, [...ada, jwk]);
  return { kid: jwk.kid, x: jwk.x, path };
}

/**
 * Rotation: a new active key; every active key becomes `pensiun` but stays in `keys.json` and co-signs
 * the feed for `overlapDays`, so badges pinned to it keep verifying while sites update their pin. With
 * `overlapDays: 0` (a leaked key) co-signing ends for every retired key, also those of an earlier rotation
 * still inside their overlap (listed in `ended`): after it only the new key signs.
 */
export async function putarKunci(
  dir: string,
  opsi: OpsiPutar = {},
): Promise<KunciBaru & { retired: string[]; signUntil: string; ended: string[] }> {
  const now = opsi.now ?? new Date();
  const hari = opsi.overlapDays ?? MASA_TUMPANG_TINDIH_HARI;
  if (!(Number.isFinite(hari) && hari >= 0 && hari <= MASA_TUMPANG_TINDIH_MAKS_HARI))
    throw new GalatKunci(
      {
        id: `Masa peralihan ${hari} hari di luar 0–${MASA_TUMPANG_TINDIH_MAKS_HARI}: kunci pensiun yang terus ikut menandatangani berarti kunci itu tidak pernah benar-benar diganti.`,
        en: `An overlap of ${hari} days is outside 0–${MASA_TUMPANG_TINDIH_MAKS_HARI}: a retired key that keeps co-signing is never really replaced.`,
      },
      true,
    );
  await pastikanFolder(dir);
  const ada = await bacaSetKunci(dir);
  if (!ada.some((k) => k.status !== 'pensiun'))
    throw new GalatKunci({
      id: `Folder kunci ${dir} belum punya kunci aktif; buat dulu dengan "terbuka keys generate".`,
      en: `Key folder ${dir} has no active key yet; make one first with "terbuka keys generate".`,
    });
  // The retired key is to co-sign for the overlap: one whose private file cannot sign would leave every
  // badge pinned to it "not verified" at once, against what the rotation says. Without overlap (a leaked or
  // lost key) its file is not needed.
  if (hari > 0)
    for (const k of ada.filter((x) => x.status !== 'pensiun')) {
      const kunci = await bacaPrivat(dir, k);
      if (!('jenis' in kunci)) continue;
      const m = teksMasalahPrivat(kunci, k);
      throw new GalatKunci({
        id: `${m.id} Kunci aktif itu tidak dapat ikut menandatangani selama ${hari} hari peralihan, jadi kunci tidak diputar. Pulihkan berkas itu dari cadangan, lalu ulangi. Bila cadangannya tidak ada, putar tanpa peralihan: "terbuka keys rotate --kunci ${dir} --overlap-days 0", lalu ganti key= di lencana setiap situs.`,
        en: `${m.en} That active key cannot co-sign for the ${hari}-day overlap, so the key was not rotated. Restore that file from a backup, then run again. If there is none, rotate without overlap: "terbuka keys rotate --kunci ${dir} --overlap-days 0", then replace key= in every site's badge.`,
      });
    }
  const sampai = new Date(now.getTime() + hari * 86_400_000).toISOString();
  const retired: string[] = [];
  const ended: string[] = [];
  const lama = ada.map((k): KunciTersimpan => {
    if (k.status === 'pensiun') {
      if (hari > 0 || k.signUntil === undefined || Date.parse(k.signUntil) <= now.getTime()) return k;
      ended.push(k.kid);
      return { ...k, signUntil: sampai };
    }
    retired.push(k.kid);
    return { ...k, status: 'pensiun', retiredAt: now.toISOString(), signUntil: sampai };
  });
  const { jwk, path, pem } = kunciBaru(dir, now);
  // The new key first: verifiers try signatures in order.
  await tulisKunciBaru(dir, { path, pem }, [jwk, ...lama]);
  return { kid: jwk.kid, x: jwk.x, path, retired, signUntil: sampai, ended };
}

/** Why a key's private file cannot sign: gone, unreadable, not a private key at all, or another key's. */
type MasalahPrivat =
  | { readonly jenis: 'hilang' | 'rusak' | 'tak-cocok'; readonly path: string }
  | { readonly jenis: 'tak-terbaca'; readonly path: string; readonly sebab: Teks };

/** The private key of `k` from its `<kid>.pem`, checked against its published `x`, or why it cannot be. */
async function bacaPrivat(dir: string, k: KunciTersimpan): Promise<KeyObject | MasalahPrivat> {
  const path = join(dir, `${k.kid}.pem`);
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { jenis: 'hilang', path };
    const sebab = teksGalatBerkas(e, 'baca') ?? { id: String(e), en: String(e) };
    return { jenis: 'tak-terbaca', path, sebab };
  }
  let kunci: KeyObject;
  try {
    kunci = createPrivateKey(pem);
  } catch {
    return { jenis: 'rusak', path };
  }
  return kunci.asymmetricKeyType === 'ed25519' && xDariKunci(kunci) === k.x
    ? kunci
    : { jenis: 'tak-cocok', path };
}

/** What is wrong with a private file, said with its key id. */
function teksMasalahPrivat(m: MasalahPrivat, k: KunciTersimpan): Teks {
  const kunci =
    k.status === 'pensiun'
      ? { id: `kunci pensiun ${k.kid}`, en: `retired key ${k.kid}` }
      : { id: `kunci aktif ${k.kid}`, en: `active key ${k.kid}` };
  const kid = k.kid;
  switch (m.jenis) {
    case 'hilang':
      return {
        id: `Kunci privat ${m.path} untuk ${kunci.id} tidak ada.`,
        en: `Private key ${m.path} of ${kunci.en} is missing.`,
      };
    case 'rusak':
      return {
        id: `Kunci privat ${m.path} untuk ${kunci.id} rusak: isinya bukan kunci privat PEM yang terbaca.`,
        en: `Private key ${m.path} of ${kunci.en} is corrupt: its content is not a readable PEM private key.`,
      };
    case 'tak-cocok':
      return {
        id: `Kunci privat ${m.path} tidak cocok dengan kunci publik ${kid} di ${BERKAS_KUNCI}.`,
        en: `Private key ${m.path} does not match public key ${kid} in ${BERKAS_KUNCI}.`,
      };
    case 'tak-terbaca':
      return {
        id: `Kunci privat ${m.path} untuk ${kunci.id} tidak dapat dibaca: ${m.sebab.id}`,
        en: `Private key ${m.path} of ${kunci.en} cannot be read: ${m.sebab.en}`,
      };
  }
}

/** What to do about an active key that cannot sign: its backup, else a rotation without overlap. */
function saranKunciAktif(dir: string): Teks {
  return {
    id: `Pulihkan berkas itu dari cadangan. Bila cadangannya tidak ada, buat kunci baru dengan "terbuka keys rotate --kunci ${dir} --overlap-days 0" (kunci lama tidak dapat ikut menandatangani), lalu ganti key= di lencana setiap situs.`,
    en: `Restore that file from a backup. If there is none, make a new key with "terbuka keys rotate --kunci ${dir} --overlap-days 0" (the old key cannot co-sign), then replace key= in every site's badge.`,
  };
}

/**
 * The keys that sign at `now`: the active ones, and retired ones still inside their overlap. Each
 * private key is checked against its published `x`, so a swapped file cannot sign under another kid.
 * A retired key whose private file is gone or corrupt is left out and told to `laporkan` (the feed is then
 * signed without it); an active key's is an error naming the key, its file and what to do.
 */
export async function bacaPenanda(
  dir: string,
  now: Date = new Date(),
  laporkan: (p: PeringatanKunci) => void = () => {},
): Promise<Penanda[]> {
  await pastikanFolder(dir);
  const keys = await bacaSetKunci(dir);
  const dipakai = keys.filter(
    (k) => k.status !== 'pensiun' || (k.signUntil !== undefined && Date.parse(k.signUntil) > now.getTime()),
  );
  if (!dipakai.some((k) => k.status !== 'pensiun'))
    throw new GalatKunci({
      id: `Folder kunci ${dir} tidak punya kunci aktif; buat dengan "terbuka keys generate".`,
      en: `Key folder ${dir} has no active key; make one with "terbuka keys generate".`,
    });
  const hasil: Penanda[] = [];
  for (const k of dipakai) {
    const kunci = await bacaPrivat(dir, k);
    if (!('jenis' in kunci)) {
      hasil.push({ kid: k.kid, x: k.x, kunci });
      continue;
    }
    const masalah = teksMasalahPrivat(kunci, k);
    // A retired key's file gone or corrupt: the feed is signed without it, said, and publishing goes on.
    if (k.status === 'pensiun' && (kunci.jenis === 'hilang' || kunci.jenis === 'rusak')) {
      const tanggal = k.signUntil?.slice(0, 10) ?? '';
      const aktif = keys
        .filter((a) => a.status !== 'pensiun')
        .map((a) => a.kid)
        .join(', ');
      laporkan({
        code: kunci.jenis === 'hilang' ? 'key.retired-missing' : 'key.retired-corrupt',
        kid: k.kid,
        path: kunci.path,
        message: {
          id: `${masalah.id} Feed ditandatangani tanpa kunci itu, jadi lencana yang masih memakai ${k.kid} tampil "tidak terverifikasi". Kembalikan berkas itu dari cadangan (kunci itu ikut menandatangani sampai ${tanggal}); bila sudah hilang, ganti key= di lencana setiap situs dengan kunci aktif ${aktif}.`,
          en: `${masalah.en} The feed is signed without it, so badges still pinned to ${k.kid} show "not verified". Restore the file from a backup (that key co-signs until ${tanggal}); if it is gone, replace key= in every site's badge with the active key ${aktif}.`,
        },
      });
      continue;
    }
    const saran =
      k.status === 'pensiun'
        ? { id: 'Pulihkan berkas itu dari cadangan.', en: 'Restore that file from a backup.' }
        : saranKunciAktif(dir);
    throw new GalatKunci({
      id: `${masalah.id} Tidak ada yang diterbitkan. ${saran.id}`,
      en: `${masalah.en} Nothing was published. ${saran.en}`,
    });
  }
  // Active keys sign first.
  return hasil.sort(
    (a, b) =>
      Number(keys.find((k) => k.kid === a.kid)?.status === 'pensiun') -
      Number(keys.find((k) => k.kid === b.kid)?.status === 'pensiun'),
  );
}
