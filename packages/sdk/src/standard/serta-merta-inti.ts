import type { AncamanSertaMertaInti } from './types.js';

// The six threat kinds of informasi serta-merta as matching needs them: ids and the phrases that point
// at each. Their titles and legal bases are in serta-merta.ts (ANCAMAN_SERTA_MERTA), keyed by these ids.

export const INTI_ANCAMAN_SERTA_MERTA: readonly AncamanSertaMertaInti[] = [
  {
    id: 'bencana-alam',
    keywords: [
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
  },
  {
    id: 'bencana-non-alam',
    keywords: [
      'bencana non alam',
      'pencemaran',
      'pencemaran lingkungan',
      'kebocoran gas',
      'kegagalan teknologi',
    ],
  },
  {
    id: 'bencana-sosial',
    keywords: ['bencana sosial', 'kerusuhan', 'konflik sosial', 'teror', 'terorisme'],
  },
  {
    id: 'penyakit-menular',
    keywords: [
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
  },
  {
    id: 'racun-makanan',
    keywords: ['keracunan', 'keracunan makanan', 'racun', 'bahan berbahaya pada makanan'],
  },
  {
    id: 'gangguan-utilitas',
    keywords: [
      'gangguan utilitas',
      'pemadaman listrik',
      'pemadaman bergilir',
      'gangguan air',
      'gangguan distribusi air',
      'penutupan jalan',
      'pengalihan arus lalu lintas',
      'gangguan layanan',
    ],
  },
];
