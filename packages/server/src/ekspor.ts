import Papa from 'papaparse';
import type { Keberatan, Permintaan, Riwayat } from '@terbuka/sdk';
import type { Baris } from './db/penyimpanan.js';

const KOLOM = [
  'Nomor Pendaftaran',
  'Jenis',
  'Badan Publik',
  'Diterima',
  'Tanggal Diterima',
  'Jenis Pemohon',
  'Nama Pemohon',
  'Rincian Informasi / Kasus Posisi',
  'Tujuan Penggunaan',
  'Status',
  'Tenggat',
  'Hasil',
  'Alasan Penolakan (Pasal 17)',
  'Pemegang Informasi',
  'Dijawab',
] as const;

/**
 * The register as CSV (papaparse), for the office's own books. Names are in it; NIK, phone and e-mail
 * are not — a spreadsheet travels further than the database. Cells that a spreadsheet would run as a
 * formula (=, +, -, @ …) are escaped. A BOM lets Excel read the UTF-8.
 */
export function eksporCSV(baris: readonly Baris[]): string {
  const data = baris.map((b) => {
    const isi = b.body as Partial<Permintaan> & Partial<Keberatan>;
    const events = (b.history as Riwayat).events as readonly {
      type: string;
      at: string;
      outcome?: string;
      grounds?: readonly string[];
      holder?: string;
    }[];
    const jawab = events.find((e) => e.type === 'jawab');
    return [
      b.number,
      b.kind,
      b.agency,
      b.receivedAt,
      b.receivedOn,
      isi.requester?.kind ?? '',
      isi.requester?.name ?? '',
      b.kind === 'permintaan'
        ? (isi.information ?? '')
        : `${isi.requestNumber ?? ''}: ${isi.caseSummary ?? ''}`,
      isi.purpose ?? '',
      b.status,
      b.deadline,
      jawab?.outcome ?? '',
      (jawab?.grounds ?? []).join(' '),
      jawab?.holder ?? '',
      jawab?.at ?? '',
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...KOLOM], data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
