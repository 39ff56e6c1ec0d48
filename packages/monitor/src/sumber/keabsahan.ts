// Anti-gaming through the SDK: a claimed date stands only while the content's hash backs it.
import { tanggalPembaruanSah, type Instan } from '@terbuka/sdk';
import type { Pengamatan } from '../types.js';
import { bersih, type Konteks } from './konteks.js';

/** Anti-gaming through the SDK: the claimed date counts only when the content backs it. */
export function sahkan(
  k: Konteks,
  lama: Pengamatan | undefined,
  hash: string | undefined,
  klaim: Instan | undefined,
): { validAt?: Instan; sameSince?: Instan } {
  if (hash === undefined) return {};
  const adaLama = lama?.hash !== undefined;
  const sejak = adaLama ? (lama.sameSince ?? lama.fetchedAt) : undefined;
  const sameSince = adaLama && lama.hash === hash ? sejak : k.waktu;
  // The previous scan stands for the first one that saw its content, with the date accepted then.
  const riwayat = adaLama
    ? [bersih({ observedAt: sejak!, claimedAt: lama.validAt ?? lama.claimedAt, hash: lama.hash })]
    : [];
  const validAt = tanggalPembaruanSah([...riwayat, bersih({ observedAt: k.waktu, claimedAt: klaim, hash })]);
  return bersih({ validAt, sameSince });
}
