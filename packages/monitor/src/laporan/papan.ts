import { BAND_MONEV, type Bahasa, type JenisBadanPublik } from '@terbuka/sdk';
import { html } from './html.js';
import { halaman } from './kerangka.js';
import { KATA } from './kata.js';
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
import type { TidakDinilai } from '../types.js';

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

/** Why an agency has no score, in a few words for the ranking. */
function labelTidakDinilai(t: TidakDinilai | undefined, b: Bahasa): string {
  if (t?.reason === 'server') return KATA.tidakDinilaiServer[b];
  if (t?.reason === 'alamat-terlarang')
    return (t.scope === 'dip' ? KATA.tidakDinilaiLokalDip : KATA.tidakDinilaiLokal)[b];
  return (t?.scope === 'dip' ? KATA.tidakDinilaiRobotsDip : KATA.tidakDinilaiRobots)[b];
}

/** The row of an agency without a score: no rank, no number, the reason in words. */
function barisTidakDinilai(a: AgensiLaporan, b: Bahasa) {
  const c = a.latest;
  return html`<tr>
    <td class="angka" data-nilai="">—</td>
    <th scope="row"><a href="agensi/${a.id}.html">${c.agency.name}</a></th>
    <td class="angka" data-nilai="">—</td>
    <td data-nilai=""><span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span></td>
    <td>${labelJenisSatu(jenisAgensi(a), b)}</td>
    <td class="angka" data-nilai="">${KATA.tidakDiketahui[b]}</td>
    <td data-nilai="2">
      ${labelTidakDinilai(c.notAssessed, b)}<br /><span class="kecil">${KATA.tanpaSkorAlasan[b]}</span>
    </td>
    <td class="angka" data-nilai="${Date.parse(c.scannedAt)}">
      <time datetime="${c.scannedAt}">${formatTanggal(c.scannedAt, c.agency.timeZone, b)}</time>
    </td>
  </tr>`;
}

function baris(a: AgensiLaporan, generatedAt: string, b: Bahasa) {
  if (!dinilai(a)) return barisTidakDinilai(a, b);
  const c = a.latest;
  const hari = c.activity.daysSinceLastUpdate;
  // The monitor's own guard refused the home page or DIP (the newest scan's, when an older result stands).
  const lokal = (a.ditolakTerakhir ?? (c.unreachable ? ditolakLokal(c) : [])).length > 0;
  return html`<tr>
    <td class="angka" data-nilai="${a.rank}">${a.rank}</td>
    <th scope="row"><a href="agensi/${a.id}.html">${c.agency.name}</a></th>
    <td class="angka" data-nilai="${c.score}">${formatSkor(c.score, b)}</td>
    <td data-nilai="${peringkatBand(c.band)}">
      <span class="band band-${c.band}">${labelBand(c.band, b)}</span>
    </td>
    <td>${labelJenisSatu(jenisAgensi(a), b)}</td>
    <td class="angka" data-nilai="${hari ?? ''}">
      ${hari === undefined ? KATA.tidakDiketahui[b] : KATA.hari[b](hari)}
    </td>
    <td data-nilai="${c.unreachable || a.gagalTerakhir ? 1 : 0}">
      ${c.unreachable ? KATA.tidakTerjangkau[b] : a.gagalTerakhir ? html`${KATA.padaPemindaianTerakhir[b]((a.tidakDinilai ? KATA.tidakDapatDinilai : a.dipGagalTerakhir ? KATA.dipTidakTerjangkau : KATA.tidakTerjangkau)[b])}<br /><span class="kecil">${KATA.skorSebelumnya[b]}</span>` : KATA.terjangkau[b]}${lokal ? html`<br /><span class="kecil">${KATA.alamatLokalDitolak[b]}</span>` : ''}
    </td>
    <td class="angka" data-nilai="${Date.parse(c.scannedAt)}">
      <time datetime="${c.scannedAt}">${formatTanggal(c.scannedAt, c.agency.timeZone, b)}</time
      >${kedaluwarsa(a, generatedAt) ? html`<br /><span class="kecil">${KATA.kedaluwarsa[b]}</span>` : ''}
    </td>
  </tr>`;
}

/** `index.html` (every agency) or `jenis-<kind>.html`: the sortable leaderboard, complete without script. */
export function halamanPeringkat(data: DataLaporan, kind?: JenisBadanPublik, b: Bahasa = 'id'): string {
  const daftar = kind ? data.agencies.filter((a) => jenisAgensi(a) === kind) : data.agencies;
  const judul = kind ? KATA.judulPeringkatJenis[b](labelJenis(kind, b)) : KATA.judulPeringkat[b];
  const jumlahBand = BAND_MONEV.map((band) => ({
    band,
    n: daftar.filter((a) => dinilai(a) && a.latest.band === band.code).length,
  }));
  const jumlahTidakDinilai = daftar.filter((a) => !dinilai(a)).length;
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
        html`<time datetime="${data.generatedAt}">${formatWaktu(data.generatedAt, undefined, b)}</time>`,
        'metode.html',
      )}
    </p>
    <section class="kartu" aria-labelledby="judul-ringkas">
      <h2 id="judul-ringkas">${KATA.ringkasanKualifikasi[b]}</h2>
      <ul class="ringkas">
        ${jumlahBand.map(({ band, n }) => html`<li><span class="angka">${n}</span> <span class="band band-${band.code}">${band.label[b]}</span></li>`)}
        ${jumlahTidakDinilai > 0 ? html`<li><span class="angka">${jumlahTidakDinilai}</span> <span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span></li>` : ''}
      </ul>
      ${jumlahTidakDinilai > 0 ? html`<p class="kecil">${KATA.penjelasanTidakDinilai[b]}</p>` : ''}
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
          : html`<div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-peringkat">
              <table data-urut>
                <caption id="tabel-peringkat">
                  ${KATA.urutMenurutSkor[b](judul)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="angka" data-jenis="angka">${KATA.peringkat[b]}</th>
                    <th scope="col" data-jenis="teks">${KATA.badanPublik[b]}</th>
                    <th scope="col" class="angka" data-jenis="angka" aria-sort="descending">
                      ${KATA.skor[b]}
                    </th>
                    <th scope="col" data-jenis="angka">${KATA.kualifikasi[b]}</th>
                    <th scope="col" data-jenis="teks">${KATA.jenis[b]}</th>
                    <th scope="col" class="angka" data-jenis="angka">${KATA.hariSejakPembaruan[b]}</th>
                    <th scope="col" data-jenis="angka">${KATA.situs[b]}</th>
                    <th scope="col" class="angka" data-jenis="angka">${KATA.dipindai[b]}</th>
                  </tr>
                </thead>
                <tbody>
                  ${daftar.map((a) => baris(a, data.generatedAt, b))}
                </tbody>
              </table>
            </div>`
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
