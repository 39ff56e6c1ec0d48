import { BAND_MONEV, type Bahasa, type JenisBadanPublik } from '@terbuka/sdk';
import { html } from './html.js';
import { halaman } from './kerangka.js';
import { tabelTumpuk, type BarisTumpuk, type SelTumpuk } from './tabel.js';
import { KATA, SEBAB_TIDAK_DINILAI, sebabTidakDinilai } from './kata.js';
import {
  formatSkor,
  formatTanggal,
  formatWaktu,
  JENIS,
  labelBand,
  labelJenis,
  labelJenisSatu,
} from './format.js';
import {
  dinilai,
  ditolakLokal,
  jenisAgensi,
  kedaluwarsa,
  type AgensiLaporan,
  type DataLaporan,
} from './data.js';

/** The file of the leaderboard for one kind, or for all. */
export const berkasPeringkat = (kind?: JenisBadanPublik): string =>
  kind ? `jenis-${kind}.html` : 'index.html';

/** The kinds that get a filter page: the four of the issue always, `lainnya` when present. */
export function jenisDisaring(data: DataLaporan): JenisBadanPublik[] {
  return JENIS.map((j) => j.kind).filter(
    (k) => k !== 'lainnya' || data.agencies.some((a) => jenisAgensi(a) === k),
  );
}

const peringkatBand = (kode: string): number =>
  BAND_MONEV.length - BAND_MONEV.findIndex((b) => b.code === kode);

/** The scan's date, and whether that result is past its validity. */
const dipindai = (a: AgensiLaporan, generatedAt: string, b: Bahasa): SelTumpuk => {
  const c = a.latest;
  return {
    isi: html`<time datetime="${c.scannedAt}">${formatTanggal(c.scannedAt, c.agency.timeZone, b)}</time
      >${dinilai(a) && kedaluwarsa(a, generatedAt) ? html`<br /><span class="kecil">${KATA.kedaluwarsa[b]}</span>` : ''}`,
    nilai: Date.parse(c.scannedAt),
  };
};

/** The row of an agency without a score: no rank, no number, the reason in words. */
function barisTidakDinilai(a: AgensiLaporan, generatedAt: string, b: Bahasa): BarisTumpuk {
  const c = a.latest;
  const jenis = labelJenisSatu(jenisAgensi(a), b);
  return {
    kepala: html`<a href="agensi/${a.id}.html">${c.agency.name}</a>`,
    sel: [
      { isi: '—', nilai: '' },
      { isi: '—', nilai: '' },
      { isi: html`<span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span>`, nilai: '' },
      dipindai(a, generatedAt, b),
      { isi: jenis, nilai: jenis },
      { isi: KATA.tidakDiketahui[b], nilai: '' },
      {
        isi: html`${SEBAB_TIDAK_DINILAI[sebabTidakDinilai(c.notAssessed)].label[b]}<br /><span class="kecil"
            >${KATA.tanpaSkorAlasan[b]}</span
          >`,
        nilai: 2,
      },
    ],
  };
}

function baris(a: AgensiLaporan, generatedAt: string, b: Bahasa): BarisTumpuk {
  if (!dinilai(a)) return barisTidakDinilai(a, generatedAt, b);
  const c = a.latest;
  const hari = c.activity.daysSinceLastUpdate;
  const jenis = labelJenisSatu(jenisAgensi(a), b);
  // The monitor's own guard refused the home page or DIP (the newest scan's, when an older result stands).
  const lokal = (a.ditolakTerakhir ?? (c.unreachable ? ditolakLokal(c) : [])).length > 0;
  return {
    kepala: html`<a href="agensi/${a.id}.html">${c.agency.name}</a>`,
    sel: [
      { isi: a.rank ?? '—', nilai: a.rank ?? '' },
      { isi: formatSkor(c.score, b), nilai: c.score },
      {
        isi: html`<span class="band band-${c.band}">${labelBand(c.band, b)}</span>`,
        nilai: peringkatBand(c.band),
      },
      dipindai(a, generatedAt, b),
      { isi: jenis, nilai: jenis },
      { isi: hari === undefined ? KATA.tidakDiketahui[b] : KATA.hari[b](hari), nilai: hari ?? '' },
      {
        isi: html`${c.unreachable ? KATA.tidakTerjangkau[b] : a.gagalTerakhir ? html`${KATA.padaPemindaianTerakhir[b]((a.tidakDinilai ? KATA.tidakDapatDinilai : a.dipGagalTerakhir ? KATA.dipTidakTerjangkau : KATA.tidakTerjangkau)[b])}<br /><span class="kecil">${KATA.skorSebelumnya[b]}</span>` : KATA.terjangkau[b]}${lokal ? html`<br /><span class="kecil">${KATA.alamatLokalDitolak[b]}</span>` : ''}`,
        nilai: c.unreachable || a.gagalTerakhir ? 1 : 0,
      },
    ],
  };
}

/** `index.html` (every agency) or `jenis-<kind>.html`: the sortable leaderboard, complete without script. */
export function halamanPeringkat(data: DataLaporan, kind?: JenisBadanPublik, b: Bahasa = 'id'): string {
  const daftar = kind ? data.agencies.filter((a) => jenisAgensi(a) === kind) : data.agencies;
  const judul = kind ? KATA.judulPeringkatJenis[b](labelJenis(kind, b)) : KATA.judulPeringkat[b];
  const jumlahBand = BAND_MONEV.map((band) => ({
    band,
    n: daftar.filter((a) => dinilai(a) && a.latest.band === band.code).length,
  }));
  const tidakDinilai = daftar.filter((a) => !dinilai(a));
  const jumlahTidakDinilai = tidakDinilai.length;
  // The causes of the bodies not assessed on this page, each said once, in the table's order.
  const sebab = [...new Set(tidakDinilai.map((a) => sebabTidakDinilai(a.latest.notAssessed)))].map(
    (s) => SEBAB_TIDAK_DINILAI[s].klausa[b],
  );
  const saring = [
    html`<li>
      <a href="${berkasPeringkat()}" ${kind ? '' : html` aria-current="page"`}
        >${KATA.semua[b]} (${data.agencies.length})</a
      >
    </li>`,
    ...jenisDisaring(data).map(
      (k) =>
        html`<li>
          <a href="${berkasPeringkat(k)}" ${k === kind ? html` aria-current="page"` : ''}
            >${labelJenis(k, b)} (${data.agencies.filter((a) => jenisAgensi(a) === k).length})</a
          >
        </li>`,
    ),
  ];
  const isi = html`<h1>${judul}</h1>
    <p>
      ${KATA.pengantarPeringkat[b](
        html`<time datetime="${data.generatedAt}"
          >${formatWaktu(data.generatedAt, data.issuer.timeZone, b)}</time
        >`,
        'metode.html',
      )}
    </p>
    <section class="kartu" aria-labelledby="judul-ringkas">
      <h2 id="judul-ringkas">${KATA.ringkasanKualifikasi[b]}</h2>
      <ul class="ringkas">
        ${jumlahBand.map(({ band, n }) => html`<li><span class="angka">${n}</span> <span class="band band-${band.code}">${band.label[b]}</span></li>`)}
        ${jumlahTidakDinilai > 0 ? html`<li><span class="angka">${jumlahTidakDinilai}</span> <span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span></li>` : ''}
      </ul>
      ${jumlahTidakDinilai > 0 ? html`<p class="kecil">${KATA.penjelasanTidakDinilai[b](sebab)}</p>` : ''}
    </section>
    <nav class="kartu" aria-labelledby="judul-saring">
      <h2 id="judul-saring">${KATA.saringJenis[b]}</h2>
      <ul class="saring">
        ${saring}
      </ul>
    </nav>
    <section class="kartu" aria-labelledby="judul-tabel">
      <h2 id="judul-tabel">${KATA.jumlahBadan[b](judul, daftar.length)}</h2>
      <p class="kecil">${KATA.petunjukUrut[b]}</p>
      <p
        class="sr"
        aria-live="polite"
        data-status-urut="${KATA.diurutkan[b]}"
        data-naik="${KATA.naik[b]}"
        data-turun="${KATA.turun[b]}"
      ></p>
      ${
        daftar.length === 0
          ? html`<p>${KATA.belumAdaJenis[b]}</p>`
          : tabelTumpuk({
              id: 'tabel-peringkat',
              judul: KATA.urutMenurutSkor[b](judul),
              urut: true,
              // Its columns need about 56em (measured in Chromium, at 100% and 200% text, in id and en):
              // a block per row up to 60em, not a table scrolling sideways in its box.
              lebar: true,
              // The rank beside the name, then the score and its band, the date of the scan they are from,
              // and the details; on a phone "1 Dinas Kesehatan", "Skor: 91,2 Informatif", "Dipindai: …".
              kolom: [
                { judul: KATA.peringkat[b], angka: true, urut: 'angka', tanpaLabel: true, sebaris: true },
                { judul: KATA.skor[b], angka: true, urut: 'angka', urutan: 'descending', sebaris: true },
                { judul: KATA.kualifikasi[b], urut: 'angka', tanpaLabel: true },
                { judul: KATA.dipindai[b], angka: true, urut: 'angka' },
                { judul: KATA.jenis[b], urut: 'teks' },
                { judul: KATA.hariSejakPembaruan[b], angka: true, urut: 'angka' },
                { judul: KATA.situs[b], urut: 'angka' },
              ],
              kepala: { judul: KATA.badanPublik[b], urut: 'teks' },
              kepalaKe: 1,
              baris: daftar.map((a) => baris(a, data.generatedAt, b)),
            })
      }
    </section>`;
  return halaman({
    judul,
    bahasa: b,
    jalur: berkasPeringkat(kind),
    menu: 'peringkat',
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    alamatDasar: data.baseUrl,
    zona: data.issuer.timeZone,
    methodVersions: data.methodVersions,
    urut: daftar.length > 0,
    isi,
  });
}
