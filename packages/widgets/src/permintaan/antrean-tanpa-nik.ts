import { teksJSON } from '@terbuka/sdk';
import type { PenyimpananKunci } from '@terbuka/sdk';

/**
 * NIKs of queued submissions, per queue and by idempotency key, in memory only: shared by every element of the page,
 * gone with it. The SDK client keeps the whole body in its queue; this is where the NIK goes instead.
 */
const NIK_PER_ANTREAN = new Map<string, Map<string, string>>();

function petaNIK(kunciAntrean: string): Map<string, string> {
  let p = NIK_PER_ANTREAN.get(kunciAntrean);
  if (!p) NIK_PER_ANTREAN.set(kunciAntrean, (p = new Map()));
  return p;
}

interface EntriMentah {
  id?: unknown;
  key?: unknown;
  createdAt?: unknown;
  lastError?: unknown;
  konflik?: unknown;
  body?: {
    requester?: { kind?: unknown; nik?: unknown; name?: unknown };
    information?: unknown;
    caseSummary?: unknown;
  };
}

/**
 * A waiting entry as the waiting notice shows it: enough for a person to tell whether it is theirs (who,
 * what, when) on a shared device. Its NIK is never part of it.
 */
export interface EntriTertunda {
  readonly id: string;
  readonly key: string;
  readonly nama: string;
  /** The start of the rincian (or the objection's case). */
  readonly awal: string;
  readonly createdAt: string;
  readonly menungguNIK: boolean;
  readonly konflik: boolean;
  readonly lastError?: { id: string; en: string };
}

/** The start of a text: 80 code points at most, whitespace collapsed. */
function awalTeks(t: unknown): string {
  const h = Array.from(typeof t === 'string' ? t.replace(/\s+/g, ' ').trim() : '');
  return h.length > 80 ? `${h.slice(0, 79).join('')}…` : h.join('');
}

const teksSah = (x: unknown): x is { id: string; en: string } =>
  typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string';

const perluNIK = (e: EntriMentah): boolean => {
  const k = e.body?.requester?.kind;
  return k === 'perorangan' || k === 'kelompok';
};

function urai(teks: string | null): EntriMentah[] {
  if (!teks) return [];
  try {
    const d = JSON.parse(teks) as unknown;
    return Array.isArray(d) ? (d as EntriMentah[]) : [];
  } catch {
    return [];
  }
}

/** The entry as written to storage: its NIK moved to memory. */
function tanpaNIK(e: EntriMentah, NIK: Map<string, string>): EntriMentah {
  const r = e.body?.requester;
  if (!r || r.nik === undefined) return e;
  if (typeof e.key === 'string' && typeof r.nik === 'string') NIK.set(e.key, r.nik);
  const { nik: _nik, ...requester } = r;
  return { ...e, body: { ...e.body, requester } };
}

/** The entry as the client reads it: its NIK back from memory, when this page still has it. */
function denganNIK(e: EntriMentah, NIK: Map<string, string>): EntriMentah {
  const nik = typeof e.key === 'string' ? NIK.get(e.key) : undefined;
  if (nik === undefined || !e.body?.requester) return e;
  return { ...e, body: { ...e.body, requester: { ...e.body.requester, nik } } };
}

const menungguNIK = (e: EntriMentah, NIK: Map<string, string>): boolean =>
  perluNIK(e) && !(typeof e.key === 'string' && NIK.has(e.key));

/**
 * Storage for the SDK client's queue that never writes a NIK. An entry that needs a NIK this page no
 * longer holds (after a reload) is hidden from the client — it would be refused without one — and kept
 * as it is on every write, until `isiNIK` gives it back.
 */
export class AntreanTanpaNIK implements PenyimpananKunci {
  constructor(private readonly dasar: Storage) {}

  getItem(kunci: string): string | null {
    const mentah = this.dasar.getItem(kunci);
    if (mentah === null) return null;
    const nik = petaNIK(kunci);
    return teksJSON(
      urai(mentah)
        .filter((e) => !menungguNIK(e, nik))
        .map((e) => denganNIK(e, nik)),
    );
  }

  setItem(kunci: string, nilai: string): void {
    const nik = petaNIK(kunci);
    const baru = urai(nilai).map((e) => tanpaNIK(e, nik));
    const kunciBaru = new Set(baru.map((e) => e.key));
    const tertahan = urai(this.dasar.getItem(kunci)).filter(
      (e) => menungguNIK(e, nik) && !kunciBaru.has(e.key),
    );
    this.dasar.setItem(kunci, teksJSON([...tertahan, ...baru]));
    this.lupakanSelain(kunci);
  }

  removeItem(kunci: string): void {
    const nik = petaNIK(kunci);
    const tertahan = urai(this.dasar.getItem(kunci)).filter((e) => menungguNIK(e, nik));
    if (tertahan.length > 0) this.dasar.setItem(kunci, teksJSON(tertahan));
    else this.dasar.removeItem(kunci);
    this.lupakanSelain(kunci);
  }

  /** Keys of queued entries waiting for a NIK this page does not have. */
  menungguNIK(kunci: string): string[] {
    return urai(this.dasar.getItem(kunci))
      .filter((e) => menungguNIK(e, petaNIK(kunci)))
      .map((e) => String(e.key));
  }

  /** Every entry queued under `kunci`, shown to the client or not, as the waiting notice lists them. */
  daftar(kunci: string): EntriTertunda[] {
    const nik = petaNIK(kunci);
    return urai(this.dasar.getItem(kunci)).map((e) => ({
      id: String(e.id),
      key: String(e.key),
      nama: typeof e.body?.requester?.name === 'string' ? e.body.requester.name : '',
      awal: awalTeks(e.body?.information ?? e.body?.caseSummary),
      createdAt: typeof e.createdAt === 'string' ? e.createdAt : '',
      menungguNIK: menungguNIK(e, nik),
      konflik: e.konflik === true,
      ...(teksSah(e.lastError) ? { lastError: e.lastError } : {}),
    }));
  }

  /** Whether anything is queued under `kunci`, shown to the client or not. */
  ada(kunci: string): boolean {
    return urai(this.dasar.getItem(kunci)).length > 0;
  }

  /** Gives a waiting entry its NIK back (in memory), so the client sees it again. */
  isiNIK(kunci: string, kunciEntri: string, nik: string): void {
    petaNIK(kunci).set(kunciEntri, nik);
  }

  /**
   * Removes an entry from storage, also one the client cannot see (waiting for its NIK): the client's
   * hapusDariAntrean writes through setItem, which keeps such entries.
   */
  hapus(kunci: string, kunciEntri: string): void {
    const sisa = urai(this.dasar.getItem(kunci)).filter((e) => e.key !== kunciEntri);
    if (sisa.length > 0) this.dasar.setItem(kunci, teksJSON(sisa));
    else this.dasar.removeItem(kunci);
    petaNIK(kunci).delete(kunciEntri);
  }

  /** The NIK given to an entry is doubted (the server holds it with another one): it is asked again. */
  lupakanNIK(kunci: string, kunciEntri: string): void {
    petaNIK(kunci).delete(kunciEntri);
  }

  /** Sent or dropped entries no longer need their NIK in memory. */
  private lupakanSelain(kunci: string): void {
    const ada = new Set(urai(this.dasar.getItem(kunci)).map((e) => e.key));
    const nik = petaNIK(kunci);
    for (const k of nik.keys()) if (!ada.has(k)) nik.delete(k);
  }
}
