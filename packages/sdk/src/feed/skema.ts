import * as v from 'valibot';
import { objek } from '../dip/objek-skema.js';
import { KODE_BAND, RUPA_BAND, indeksBand } from '../lencana/band.js';
import { JENIS_BADAN_PUBLIK } from '../standard/types.js';
import { POLA_WEB } from '../dip/pola-web.js';
import { POLA_INSTAN, instanValid } from '../calendar/instan.js';
import { satuDesimal } from './validasi.js';
import { FEED_FORMAT, FEED_VERSION, type FeedPemantauan } from './types.js';
import type { Polos, Sama } from '../dip/bentuk-sama.js';

const teks = v.pipe(v.string(), v.regex(/\S/));
// An instant must carry its offset (POLA_INSTAN), on a real calendar day (not 2026-02-30).
const instan = v.pipe(v.string(), v.regex(POLA_INSTAN), v.check(instanValid));
const urlWeb = v.pipe(v.string(), v.regex(POLA_WEB));

export const SkemaEntriFeed = v.pipe(
  objek({
    agencyId: teks,
    name: teks,
    kind: v.optional(v.picklist(JENIS_BADAN_PUBLIK)),
    score: v.pipe(
      v.number(),
      v.minValue(0),
      v.maxValue(100),
      v.check(satuDesimal),
      v.description('0–100, paling banyak satu desimal / at most one decimal'),
    ),
    band: v.pipe(
      v.picklist(KODE_BAND),
      v.description('kualifikasi dari skor (Perki 1/2022) / the band of the score'),
    ),
    evaluatedAt: instan,
    expiresAt: instan,
    methodVersion: teks,
    evidenceUrl: urlWeb,
  }),
  // The band must be the score's (validasiFeed checks it too; the JSON Schema as if/then per band, added
  // by scripts/skema-json-feed.ts from the same limits).
  v.check((e) => e.band === RUPA_BAND[indeksBand(e.score)]?.code),
);

export const SkemaFeedPemantauan = objek({
  format: v.literal(FEED_FORMAT),
  version: v.literal(FEED_VERSION),
  issuer: objek({ id: teks, name: teks, url: v.optional(urlWeb) }),
  generatedAt: instan,
  entries: v.array(SkemaEntriFeed),
});

const _sama: Sama<Polos<v.InferOutput<typeof SkemaFeedPemantauan>>, Polos<FeedPemantauan>> = true;
void _sama;
