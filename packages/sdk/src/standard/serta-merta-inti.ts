import { ID_ANCAMAN_SERTA_MERTA } from './kode.js';
import type { AncamanSertaMertaInti } from './types.js';

// The six threat kinds of informasi serta-merta as matching needs them: ids (kode.ts) and the phrases that
// point at each. Their titles and legal bases are in serta-merta.ts (ANCAMAN_SERTA_MERTA), keyed by these ids.

const KATA_KUNCI_ANCAMAN: Readonly<Record<(typeof ID_ANCAMAN_SERTA_MERTA)[number], readonly string[]>> = {
  'bencana-alam': [
    'bencana alam',
    'banjir',
    'banjir bandang',
    'gempa',
    'gempa bumi',
    'tsunami',
    'tanah longsor',
    'longsor',
    'erupsi',
    'gunung meletus',
    'kekeringan',
    'kebakaran hutan',
    'karhutla',
    'puting beliung',
    'cuaca ekstrem',
    'hama',
    'epidemi',
    'pandemi',
    'wabah',
    'kejadian luar biasa',
    'klb',
  ],
  'bencana-non-alam': [
    'bencana non alam',
    'pencemaran',
    'pencemaran lingkungan',
    'kebocoran gas',
    'kegagalan teknologi',
  ],
  'bencana-sosial': ['bencana sosial', 'kerusuhan', 'konflik sosial', 'teror', 'terorisme'],
  'penyakit-menular': [
    'penyakit menular',
    'sebaran penyakit',
    'persebaran penyakit',
    'covid',
    'covid 19',
    'demam berdarah',
    'dbd',
    'rabies',
    'flu burung',
    'antraks',
  ],
  'racun-makanan': ['keracunan', 'keracunan makanan', 'racun', 'bahan berbahaya pada makanan'],
  'gangguan-utilitas': [
    'gangguan utilitas',
    'pemadaman listrik',
    'pemadaman bergilir',
    'gangguan air',
    'gangguan distribusi air',
    'penutupan jalan',
    'pengalihan arus lalu lintas',
    'gangguan layanan',
  ],
};

export const INTI_ANCAMAN_SERTA_MERTA: readonly AncamanSertaMertaInti[] =
  /* @__PURE__ */ ID_ANCAMAN_SERTA_MERTA.map((id) => ({ id, keywords: KATA_KUNCI_ANCAMAN[id] }));
