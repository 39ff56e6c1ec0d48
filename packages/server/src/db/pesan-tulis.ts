// The messages between the HTTP thread and the writer thread, as flat arrays of strings and numbers:
// structured clone copies them cheaper than objects, whose every key it writes and reads again (measured:
// ~1.2 µs less per submission on the HTTP thread, ~1.5 µs less on the writer).
import type { HasilTulis, PengajuanSiap } from './penerimaan.js';

/** main → writer: `SLOT_KIRIMAN` slots per submission prepared in one turn (`null` instead: close and end). */
export type PesanTulis = (string | number)[];
/** writer → main: `SLOT_JAWABAN` slots per answer, for every submission of one group commit. */
export type JawabanTulis = (string | number)[];

const SLOT_KIRIMAN = 11;
const SLOT_JAWABAN = 4;

/** Appends one prepared submission to the turn's message. */
export function kemasKiriman(pesan: PesanTulis, id: number, s: PengajuanSiap): void {
  pesan.push(
    id,
    s.key,
    s.kind,
    s.bodyHash,
    s.agency,
    s.at,
    s.ringkasan,
    s.bodyJson,
    // Absent is '': siapkan leaves out empty contacts, so '' never stands for a value.
    s.contactEmail ?? '',
    s.contactPhone ?? '',
    s.tautan ? JSON.stringify(s.tautan) : '',
  );
}

/** The submissions of one message, in order. */
export function bukaKiriman(pesan: PesanTulis): { id: number; s: PengajuanSiap }[] {
  const hasil: { id: number; s: PengajuanSiap }[] = [];
  for (let i = 0; i + SLOT_KIRIMAN <= pesan.length; i += SLOT_KIRIMAN) {
    const email = pesan[i + 8] as string;
    const telepon = pesan[i + 9] as string;
    const tautan = pesan[i + 10] as string;
    hasil.push({
      id: pesan[i] as number,
      s: {
        key: pesan[i + 1] as string,
        kind: pesan[i + 2] as PengajuanSiap['kind'],
        bodyHash: pesan[i + 3] as string,
        agency: pesan[i + 4] as string,
        at: pesan[i + 5] as number,
        ringkasan: pesan[i + 6] as string,
        bodyJson: pesan[i + 7] as string,
        ...(email ? { contactEmail: email } : {}),
        ...(telepon ? { contactPhone: telepon } : {}),
        ...(tautan ? { tautan: JSON.parse(tautan) as PengajuanSiap['tautan'] } : {}),
      },
    });
  }
  return hasil;
}

/** Appends one outcome: a stored, replayed or conflicting submission, or the error that failed it. */
export function kemasJawaban(
  pesan: JawabanTulis,
  id: number,
  j: HasilTulis | { readonly galat: string },
): void {
  if ('galat' in j) pesan.push(id, 'galat', j.galat, '');
  else if (j.hasil === 'konflik') pesan.push(id, 'konflik', '', '');
  else pesan.push(id, j.hasil, j.number, j.receipt);
}

/** Each outcome of one answer message, in order. */
export function bacaJawaban(
  pesan: JawabanTulis,
  f: (id: number, j: HasilTulis | { readonly galat: string }) => void,
): void {
  for (let i = 0; i + SLOT_JAWABAN <= pesan.length; i += SLOT_JAWABAN) {
    const id = pesan[i] as number;
    const hasil = pesan[i + 1] as string;
    if (hasil === 'galat') f(id, { galat: pesan[i + 2] as string });
    else if (hasil === 'konflik') f(id, { hasil: 'konflik' });
    else {
      f(id, {
        hasil: hasil as 'baru' | 'ulang',
        number: pesan[i + 2] as string,
        receipt: pesan[i + 3] as string,
      });
    }
  }
}
