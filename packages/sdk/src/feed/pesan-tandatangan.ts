import type { Teks } from '../i18n/teks.js';
import type { HasilPeriksaTandaTangan, MasalahTandaTangan } from './tandatangan.js';

// The id/en sentences of the signature checks, apart from the checks: a badge loads them only when it
// has a reason to show (tandatangan.ts reports codes).

/** What is wrong with a signature document's field, in id/en. */
export function pesanMasalahTandaTangan(m: MasalahTandaTangan): Teks {
  const k = m.path;
  switch (m.kode) {
    case 'bukan-objek':
      return { id: 'dokumen bukan objek JSON', en: 'the document is not a JSON object' };
    case 'nilai': {
      const v = JSON.stringify(m.harus);
      return { id: `${k} harus ${v}`, en: `${k} must be ${v}` };
    }
    case 'file':
      return { id: 'file harus nama berkas', en: 'file must be a file name' };
    case 'signatures':
      return { id: 'signatures harus daftar tak kosong', en: 'signatures must be a non-empty array' };
    case 'kid':
      return { id: 'kid harus sidik SHA-256 base64url', en: 'kid must be a base64url SHA-256 thumbprint' };
    case 'sig':
      return { id: 'sig harus 64 byte base64url', en: 'sig must be 64 bytes of base64url' };
  }
}

/** Why a feed is not verified, in id/en (`verifikasiFeed`'s `message`). */
export function pesanVerifikasi(h: Extract<HasilPeriksaTandaTangan, { verified: false }>): Teks {
  switch (h.reason) {
    case 'tanda-tangan-tidak-ada':
      return {
        id: 'Feed tidak bertanda tangan: berkas tanda tangan (feed.json.sig) tidak ada atau kosong.',
        en: 'The feed is not signed: the signature file (feed.json.sig) is missing or empty.',
      };
    case 'format-tidak-sah': {
      const e = h.masalah && pesanMasalahTandaTangan(h.masalah);
      return {
        id: `Berkas tanda tangan tidak sah: ${e?.id ?? 'bukan JSON'}.`,
        en: `The signature file is invalid: ${e?.en ?? 'not JSON'}.`,
      };
    }
    case 'kripto-tidak-tersedia':
      return {
        id: 'Tanda tangan tidak dapat diperiksa: pemeriksa Ed25519 tidak tersedia atau tidak dapat dimuat di peramban ini.',
        en: 'The signature cannot be checked: no Ed25519 verifier is available or could be loaded in this browser.',
      };
    case 'kunci-tidak-dikenal': {
      // Once each: a signature file may carry the previous feed's signatures by the same keys too.
      const kids = [...new Set(h.kids)].join(', ');
      return {
        id: `Feed ditandatangani dengan kunci yang tidak dipercaya halaman ini (kid ${kids}).`,
        en: `The feed is signed with a key this page does not trust (kid ${kids}).`,
      };
    }
    // A pinned key that signed only the previous feed (kept in the signature file as a bridge) fails the
    // same way: after a rotation without overlap the page's key attribute is out of date.
    case 'tanda-tangan-salah':
      return {
        id: 'Tanda tangan tidak cocok dengan isi feed: feed diubah setelah ditandatangani, tanda tangan rusak, atau pemantau sudah mengganti kuncinya dan atribut key di halaman ini belum diperbarui.',
        en: "The signature does not match the feed: the feed was changed after signing, the signature is damaged, or the monitor changed its key and this page's key attribute has not been updated.",
      };
  }
}
