import { BAND_MONEV, type JenisBadanPublik } from '@terbuka/sdk';
import { html } from './html.js';
import { halaman } from './kerangka.js';
import { formatSkor, formatTanggal, formatWaktu, JENIS, labelBand, labelJenis } from './format.js';
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
function labelTidakDinilai(t: TidakDinilai | undefined): string {
  if (t?.reason === 'server') return 'robots.txt galat server';
  if (t?.reason === 'alamat-terlarang')
    return t.scope === 'dip' ? 'DIP: alamat lokal/privat ditolak' : 'Alamat lokal/privat ditolak';
  return t?.scope === 'dip' ? 'DIP ditutup robots.txt bagi pemantau' : 'Ditutup robots.txt bagi pemantau';
}

/** The row of an agency without a score: no rank, no number, the reason in words. */
function barisTidakDinilai(a: AgensiLaporan) {
  const c = a.latest;
  return html`<tr>
    <td class="angka" data-nilai="">—</td>
    <th scope="row"><a href="agensi/${a.id}.html">${c.agency.name}</a></th>
    <td class="angka" data-nilai="">—</td>
    <td data-nilai=""><span class="band tidak-dinilai">Tidak dapat dinilai</span></td>
    <td>${labelJenis(jenisAgensi(a))}</td>
    <td class="angka" data-nilai="">tidak diketahui</td>
    <td data-nilai="2">
      ${labelTidakDinilai(c.notAssessed)}<br /><span class="kecil"
        >tanpa skor; alasannya di halaman bukti</span
      >
    </td>
    <td class="angka" data-nilai="${Date.parse(c.scannedAt)}">
      <time datetime="${c.scannedAt}">${formatTanggal(c.scannedAt, c.agency.timeZone)}</time>
    </td>
  </tr>`;
}

function baris(a: AgensiLaporan, generatedAt: string) {
  if (!dinilai(a)) return barisTidakDinilai(a);
  const c = a.latest;
  const hari = c.activity.daysSinceLastUpdate;
  // The monitor's own guard refused the home page or DIP (the newest scan's, when an older result stands).
  const lokal = (a.ditolakTerakhir ?? (c.unreachable ? ditolakLokal(c) : [])).length > 0;
  return html`<tr>
    <td class="angka" data-nilai="${a.rank}">${a.rank}</td>
    <th scope="row"><a href="agensi/${a.id}.html">${c.agency.name}</a></th>
    <td class="angka" data-nilai="${c.score}">${formatSkor(c.score)}</td>
    <td data-nilai="${peringkatBand(c.band)}">
      <span class="band band-${c.band}">${labelBand(c.band)}</span>
    </td>
    <td>${labelJenis(jenisAgensi(a))}</td>
    <td class="angka" data-nilai="${hari ?? ''}">
      ${hari === undefined ? 'tidak diketahui' : `${hari} hari`}
    </td>
    <td data-nilai="${c.unreachable || a.gagalTerakhir ? 1 : 0}">
      ${c.unreachable ? 'Tidak terjangkau' : a.gagalTerakhir ? html`${a.tidakDinilai ? 'Tidak dapat dinilai' : a.dipGagalTerakhir ? 'DIP tidak terjangkau' : 'Tidak terjangkau'} pada pemindaian terakhir<br /><span class="kecil">skor dari pemindaian sebelumnya</span>` : 'Terjangkau'}${lokal ? html`<br /><span class="kecil">alamat lokal/privat ditolak</span>` : ''}
    </td>
    <td class="angka" data-nilai="${Date.parse(c.scannedAt)}">
      <time datetime="${c.scannedAt}">${formatTanggal(c.scannedAt, c.agency.timeZone)}</time
      >${kedaluwarsa(a, generatedAt) ? html`<br /><span class="kecil">kedaluwarsa</span>` : ''}
    </td>
  </tr>`;
}

/** `index.html` (every agency) or `jenis-<kind>.html`: the sortable leaderboard, complete without script. */
export function halamanPeringkat(data: DataLaporan, kind?: JenisBadanPublik): string {
  const daftar = kind ? data.agencies.filter((a) => jenisAgensi(a) === kind) : data.agencies;
  const judul = kind ? `Peringkat ${labelJenis(kind)}` : 'Peringkat keterbukaan informasi';
  const jumlahBand = BAND_MONEV.map((b) => ({
    b,
    n: daftar.filter((a) => dinilai(a) && a.latest.band === b.code).length,
  }));
  const jumlahTidakDinilai = daftar.filter((a) => !dinilai(a)).length;
  const saring = [
    html`<li>
      <a href="${berkasPeringkat()}" ${kind ? '' : html` aria-current="page"`}
        >Semua (${data.agencies.length})</a
      >
    </li>`,
    ...jenisDisaring(data).map(
      (k) =>
        html`<li>
          <a href="${berkasPeringkat(k)}" ${k === kind ? html` aria-current="page"` : ''}
            >${labelJenis(k)} (${data.agencies.filter((a) => jenisAgensi(a) === k).length})</a
          >
        </li>`,
    ),
  ];
  const isi = html`<h1>${judul}</h1>
    <p>
      Skor 0–100 setiap badan publik dari pemindaian terakhir situsnya: Daftar Informasi Publik (DIP) dan
      keaktifan situs. Pemindaian terakhir diterbitkan
      <time datetime="${data.generatedAt}">${formatWaktu(data.generatedAt)}</time>. Cara penilaiannya
      dijelaskan di <a href="metode.html">halaman metode</a>.
    </p>
    <section class="kartu" aria-labelledby="judul-ringkas">
      <h2 id="judul-ringkas">Ringkasan kualifikasi</h2>
      <ul class="ringkas">
        ${jumlahBand.map(({ b, n }) => html`<li><span class="angka">${n}</span> <span class="band band-${b.code}">${b.label.id}</span></li>`)}
        ${jumlahTidakDinilai > 0 ? html`<li><span class="angka">${jumlahTidakDinilai}</span> <span class="band tidak-dinilai">Tidak dapat dinilai</span></li>` : ''}
      </ul>
      ${jumlahTidakDinilai > 0 ? html`<p class="kecil">Tidak dapat dinilai: robots.txt situsnya menutup situs bagi pemantau (atau menjawab galat server), jadi pemantau tidak membaca apa pun. Ini bukan skor 0; badan publik ini tidak diberi peringkat dan tidak ada di feed sampai situsnya dapat dibaca lagi.</p>` : ''}
    </section>
    <nav class="kartu" aria-labelledby="judul-saring">
      <h2 id="judul-saring">Saring menurut jenis badan publik</h2>
      <ul class="saring">
        ${saring}
      </ul>
    </nav>
    <section class="kartu" aria-labelledby="judul-tabel">
      <h2 id="judul-tabel">${judul}: ${daftar.length} badan publik</h2>
      <p class="kecil">
        Urutan bawaan: skor tertinggi dahulu; badan publik yang tidak dapat dinilai di akhir. Dengan
        JavaScript, klik judul kolom untuk mengurutkan. Hari sejak pembaruan situs dihitung pada saat
        pemindaian.
      </p>
      <p class="sr" aria-live="polite" data-status-urut></p>
      ${
        daftar.length === 0
          ? html`<p>Belum ada badan publik berjenis ini dalam pemantauan.</p>`
          : html`<div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-peringkat">
              <table data-urut>
                <caption id="tabel-peringkat">
                  ${judul}, urut menurut skor
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="angka" data-jenis="angka">Peringkat</th>
                    <th scope="col" data-jenis="teks">Badan publik</th>
                    <th scope="col" class="angka" data-jenis="angka" aria-sort="descending">Skor</th>
                    <th scope="col" data-jenis="angka">Kualifikasi</th>
                    <th scope="col" data-jenis="teks">Jenis</th>
                    <th scope="col" class="angka" data-jenis="angka">Hari sejak pembaruan situs</th>
                    <th scope="col" data-jenis="angka">Situs</th>
                    <th scope="col" class="angka" data-jenis="angka">Dipindai</th>
                  </tr>
                </thead>
                <tbody>
                  ${daftar.map((a) => baris(a, data.generatedAt))}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  return halaman({
    judul,
    akar: '',
    menu: 'peringkat',
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    zona: data.issuer.timeZone,
    methodVersions: data.methodVersions,
    urut: daftar.length > 0,
    isi,
  });
}
