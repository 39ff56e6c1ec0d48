import { PASAL_17 } from '@terbuka/sdk';
import type { ItemDIP } from '@terbuka/sdk';
import type { Isi } from '../dom.js';
import { formatTanggal } from '../format.js';
import { bahasaData, baris, daftar, tx } from './tampilan.js';
import type { Konteks } from './tampilan.js';

// The details of an excluded (DIK) entry, with their words and the SDK's Pasal 17 titles. The full DIP
// imports this module; the panel loads it with import() only when an entry it lists carries an exclusion.
const PESAN_PENGECUALIAN = {
  dasarPengecualian: { id: 'Dasar pengecualian', en: 'Grounds for exclusion' },
  pasal17: { id: 'Pasal 17 huruf {huruf} UU KIP', en: 'UU KIP Article 17({huruf})' },
  dasarLain: { id: 'Dasar hukum lain', en: 'Other legal basis' },
  konsekuensi: { id: 'Konsekuensi', en: 'Consequence' },
  jangkaPengecualian: { id: 'Jangka waktu pengecualian', en: 'Exclusion period' },
  penetapan: { id: 'Penetapan', en: 'Decision' },
  penetapanIsi: { id: '{nomor}, {tanggal}', en: '{nomor}, {tanggal}' },
} as const;

/** The Pasal 17 grounds (titles from the SDK), the period and the decision of an excluded entry. */
export function rincianPengecualian(k: Konteks, e: ItemDIP): Isi[] {
  const x = e.exclusion;
  if (!x) return [];
  const P = PESAN_PENGECUALIAN;
  const dasar = x.grounds.map((h) => {
    const p = PASAL_17.find((g) => g.letter === h);
    return `${tx(k, P.pasal17, { huruf: h })}${p ? ` — ${tx(k, p.title)}` : ''}`;
  });
  return [
    baris(tx(k, P.dasarPengecualian), dasar.length > 0 ? daftar('dasar', dasar) : undefined),
    baris(tx(k, P.dasarLain), x.otherBasis, bahasaData(k)),
    baris(tx(k, P.konsekuensi), x.consequence, bahasaData(k)),
    baris(tx(k, P.jangkaPengecualian), x.period, bahasaData(k)),
    baris(
      tx(k, P.penetapan),
      x.decisionNumber
        ? tx(k, P.penetapanIsi, {
            nomor: x.decisionNumber,
            tanggal: x.decisionDate ? formatTanggal(x.decisionDate, k.bahasa) : '',
          }).replace(/, $/, '')
        : undefined,
    ),
  ];
}
