import {
  AMBANG_INTERVAL,
  AMBANG_KEBARUAN_SITUS,
  BAND_MONEV,
  BOBOT_AKTIVITAS,
  BOBOT_PEMANTAUAN,
  KODE_AKTIVITAS,
  KOMPONEN_AKTIVITAS,
  KOMPONEN_DIP,
  LABEL_KELAS_INTERVAL,
  METODE_PEMANTAUAN_VERSI,
  NILAI_KELAS_INTERVAL,
  URUTAN_KOMPONEN,
  type Bahasa,
  type KelasInterval,
  type Teks,
} from '@terbuka/sdk';
import { html, type HTMLAman } from './html.js';
import { halaman, keAkar } from './kerangka.js';
import { tabelTumpuk } from './tabel.js';
import { KATA, teksHalaman } from './kata.js';
import { formatSkor } from './format.js';
import type { DataLaporan } from './data.js';

interface Komponen {
  readonly code: string;
  readonly label: Teks;
  readonly weight: number;
  readonly why: Teks;
}

/** The SDK's current monitoring method, from its published constants (nothing restated here). */
const KOMPONEN_SDK: readonly Komponen[] = [
  ...URUTAN_KOMPONEN.map((code) => ({ code, ...KOMPONEN_DIP[code], weight: BOBOT_PEMANTAUAN[code] })),
  { code: KODE_AKTIVITAS, ...KOMPONEN_AKTIVITAS, weight: BOBOT_AKTIVITAS },
];

/** Other method versions still shown in the report: their components as the scans recorded them. */
function versiLain(data: DataLaporan): Map<string, Komponen[]> {
  const peta = new Map<string, Map<string, Komponen>>();
  for (const a of data.agencies) {
    const c = a.latest;
    if (c.methodVersion === METODE_PEMANTAUAN_VERSI) continue;
    const m = peta.get(c.methodVersion) ?? new Map<string, Komponen>();
    for (const k of c.contributions) if (!m.has(k.code)) m.set(k.code, k);
    peta.set(c.methodVersion, m);
  }
  return new Map([...peta].map(([v, m]) => [v, [...m.values()]]));
}

function tabelKomponen(id: string, versi: string, komponen: readonly Komponen[], b: Bahasa): HTMLAman {
  return tabelTumpuk({
    id,
    judul: KATA.kompBobotAlasan[b](versi),
    kepala: KATA.komponen[b],
    kolom: [{ judul: KATA.bobot[b], angka: true }, { judul: KATA.mengapaDinilai[b] }],
    baris: komponen.map((k) => ({
      kepala: html`${k.label[b]} <span class="kecil">(${k.code})</span>`,
      sel: [k.weight, teksHalaman(k.why[b], b)],
    })),
    kaki: { kepala: KATA.jumlah[b], sel: [komponen.reduce((n, k) => n + k.weight, 0), ''] },
  });
}

const KELAS: readonly KelasInterval[] = ['harian', 'mingguan', 'bulanan', 'jarang', 'tidak-diketahui'];

function aturanAktivitas(b: Bahasa): HTMLAman {
  const { fullDays, zeroDays } = AMBANG_KEBARUAN_SITUS;
  return html`<h3>${KATA.komponenAktivitas[b]}</h3>
    <p>${KATA.aturanKebaruan[b](fullDays, zeroDays)}</p>
    ${tabelTumpuk({
      id: 'tabel-interval',
      judul: KATA.kelasInterval[b],
      kepala: KATA.kelas[b],
      kolom: [{ judul: KATA.syarat[b] }, { judul: KATA.keteraturan[b], angka: true }],
      baris: KELAS.map((k) => {
        const a = AMBANG_INTERVAL.find((x) => x.kelas === k);
        return {
          kepala: LABEL_KELAS_INTERVAL[k][b],
          sel: [
            a
              ? KATA.syaratInterval[b](a.medianGapDays, a.maxSilenceDays)
              : (k === 'jarang' ? KATA.syaratJarang : KATA.syaratTidakDiketahui)[b],
            `${Math.round(NILAI_KELAS_INTERVAL[k] * 100)}%`,
          ],
        };
      }),
    })}
    <p>${KATA.antiAkal[b]}</p>`;
}

/** `metode.html`: how a score is made — components, weights and reasons, bands, versions. */
export function halamanMetode(data: DataLaporan, b: Bahasa = 'id'): string {
  const lain = versiLain(data);
  const isi = html`<h1>${KATA.metodePenilaian[b]}</h1>
    <p>${KATA.pengantarMetode[b]}</p>
    <section class="kartu" aria-labelledby="metode-kini">
      <h2 id="metode-kini">${KATA.metodeVersi[b](METODE_PEMANTAUAN_VERSI)}</h2>
      ${tabelKomponen('tabel-komponen', METODE_PEMANTAUAN_VERSI, KOMPONEN_SDK, b)} ${aturanAktivitas(b)}
    </section>
    ${[...lain].map(
      ([v, komponen]) =>
        html`<section class="kartu" aria-labelledby="metode-${v}">
          <h2 id="metode-${v}">${KATA.metodeLama[b](v)}</h2>
          ${tabelKomponen(`tabel-komponen-${v}`, v, komponen, b)}
        </section>`,
    )}
    <section class="kartu" aria-labelledby="judul-band">
      <h2 id="judul-band">${KATA.kualifikasi[b]}</h2>
      <p>${KATA.rentangMonev[b]}</p>
      ${tabelTumpuk({
        id: 'tabel-kualifikasi',
        judul: KATA.rentangSkorSetiap[b],
        kepala: KATA.kualifikasi[b],
        kolom: [{ judul: KATA.rentangSkor[b] }, { judul: KATA.dasar[b] }],
        baris: BAND_MONEV.map((band, i) => {
          const atas = i === 0 ? undefined : BAND_MONEV[i - 1]!.min;
          return {
            kepala: html`<span class="band band-${band.code}">${band.label[b]}</span>`,
            sel: [
              atas === undefined
                ? `${formatSkor(band.min, b)} – 100`
                : KATA.sampaiDiBawah[b](formatSkor(band.min, b), formatSkor(atas, b)),
              html`${band.basis.map((d) => html`${teksHalaman(d.instrument, b)}${d.verified ? '' : html` <span class="kecil">(${d.note ? teksHalaman(d.note[b], b) : KATA.belumDiverifikasi[b]})</span>`}`)}`,
            ],
          };
        }),
      })}
    </section>
    <section class="kartu" aria-labelledby="judul-gagal">
      <h2 id="judul-gagal">${KATA.judulGagal[b]}</h2>
      <p>${KATA.aturanRobots[b]}</p>
      <p>${KATA.aturanMati[b]}</p>
    </section>
    <section class="kartu" aria-labelledby="judul-tanda">
      <h2 id="judul-tanda">${KATA.judulTanda[b]}</h2>
      <p>${KATA.aturanTanda[b](keAkar(b, 'metode.html'))}</p>
    </section>`;
  return halaman({
    judul: KATA.metodePenilaian[b],
    bahasa: b,
    jalur: 'metode.html',
    menu: 'metode',
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    alamatDasar: data.baseUrl,
    zona: data.issuer.timeZone,
    methodVersions: data.methodVersions,
    isi,
  });
}
