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
  type KelasInterval,
  type Teks,
} from '@terbuka/sdk';
import { html, type HTMLAman } from './html.js';
import { halaman } from './kerangka.js';
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

function tabelKomponen(versi: string, komponen: readonly Komponen[]): HTMLAman {
  return html`<div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-komponen">
    <table>
      <caption id="tabel-komponen">
        Komponen, bobot, dan alasannya (metode ${versi})
      </caption>
      <thead>
        <tr>
          <th scope="col">Komponen</th>
          <th scope="col" class="angka">Bobot</th>
          <th scope="col">Mengapa dinilai</th>
        </tr>
      </thead>
      <tbody>
        ${komponen.map(
          (k) =>
            html`<tr>
              <th scope="row">${k.label.id} <span class="kecil">(${k.code})</span></th>
              <td class="angka">${k.weight}</td>
              <td>${k.why.id}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Jumlah</th>
          <td class="angka">${komponen.reduce((n, k) => n + k.weight, 0)}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

const KELAS: readonly KelasInterval[] = ['harian', 'mingguan', 'bulanan', 'jarang', 'tidak-diketahui'];

function aturanAktivitas(): HTMLAman {
  const { fullDays, zeroDays } = AMBANG_KEBARUAN_SITUS;
  return html`<h3>Komponen aktivitas</h3>
    <p>
      Separuh dari kebaruan: penuh bila pembaruan terakhir paling lama ${fullDays} hari sebelum pemindaian,
      turun rata hingga 0 pada ${zeroDays} hari. Separuh dari keteraturan, menurut kelas interval pembaruan:
    </p>
    <div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-interval">
      <table>
        <caption id="tabel-interval">
          Kelas interval dan nilai keteraturannya
        </caption>
        <thead>
          <tr>
            <th scope="col">Kelas</th>
            <th scope="col">Syarat</th>
            <th scope="col" class="angka">Keteraturan</th>
          </tr>
        </thead>
        <tbody>
          ${KELAS.map((k) => {
            const a = AMBANG_INTERVAL.find((x) => x.kelas === k);
            return html`<tr>
              <th scope="row">${LABEL_KELAS_INTERVAL[k].id}</th>
              <td>
                ${
                  a
                    ? `median jarak antarhari pembaruan ≤ ${a.medianGapDays} hari, dan tidak sunyi lebih dari ${a.maxSilenceDays} hari`
                    : k === 'jarang'
                      ? 'lebih jarang dari kelas-kelas di atas'
                      : 'tidak ada tanggal pembaruan yang dapat dipastikan'
                }
              </td>
              <td class="angka">${Math.round(NILAI_KELAS_INTERVAL[k] * 100)}%</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p>
      Tanggal pembaruan yang diklaim situs (Last-Modified, lastmod peta situs) hanya dihitung bila isinya ikut
      berubah: tanggal yang bergeser sementara sidik isi (SHA-256) tetap sama tidak dianggap pembaruan.
    </p>`;
}

/** `metode.html`: how a score is made — components, weights and reasons, bands, versions. */
export function halamanMetode(data: DataLaporan): string {
  const lain = versiLain(data);
  const isi = html`<h1>Metode penilaian</h1>
    <p>
      Setiap badan publik dinilai 0–100 oleh SDK Terbuka — fungsi yang sama yang dipakai widget di situs badan
      publik — dari Daftar Informasi Publik (DIP) situsnya dan keaktifan situs serta kanal resminya. Setiap
      skor mencantumkan versi metodenya; dua skor dengan versi yang sama dihitung dengan cara yang sama. Bukti
      setiap komponen ada di halaman setiap badan publik.
    </p>
    <section class="kartu" aria-labelledby="metode-kini">
      <h2 id="metode-kini">Metode ${METODE_PEMANTAUAN_VERSI}</h2>
      ${tabelKomponen(METODE_PEMANTAUAN_VERSI, KOMPONEN_SDK)} ${aturanAktivitas()}
    </section>
    ${[...lain].map(
      ([v, komponen]) =>
        html`<section class="kartu" aria-labelledby="metode-${v}">
          <h2 id="metode-${v}">Metode ${v} (masih tampil pada sebagian hasil)</h2>
          ${tabelKomponen(v, komponen)}
        </section>`,
    )}
    <section class="kartu" aria-labelledby="judul-band">
      <h2 id="judul-band">Kualifikasi</h2>
      <p>
        Rentang kualifikasi mengikuti Monev Komisi Informasi; hasil pemantauan ini bukan hasil resmi Monev.
      </p>
      <div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-kualifikasi">
        <table>
          <caption id="tabel-kualifikasi">
            Rentang skor setiap kualifikasi
          </caption>
          <thead>
            <tr>
              <th scope="col">Kualifikasi</th>
              <th scope="col">Rentang skor</th>
              <th scope="col">Dasar</th>
            </tr>
          </thead>
          <tbody>
            ${BAND_MONEV.map((b, i) => {
              const atas = i === 0 ? undefined : BAND_MONEV[i - 1]!.min;
              return html`<tr>
                <th scope="row"><span class="band band-${b.code}">${b.label.id}</span></th>
                <td>
                  ${
                    atas === undefined
                      ? `${formatSkor(b.min)} – 100`
                      : `${formatSkor(b.min)} sampai di bawah ${formatSkor(atas)}`
                  }
                </td>
                <td>
                  ${b.basis.map((d) => html`${d.instrument}${d.verified ? '' : html` <span class="kecil">(${d.note?.id ?? 'belum diverifikasi'})</span>`}`)}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>
    <section class="kartu" aria-labelledby="judul-gagal">
      <h2 id="judul-gagal">Situs yang tidak terjangkau atau tidak dapat dinilai</h2>
      <p>
        Pemantau mematuhi robots.txt setiap situs. Bila robots.txt melarang pemantau membaca DIP — beserta
        berandanya, atau DIP saja — (atau robots.txt menjawab galat server 5xx, yang menurut RFC 9309 berarti
        semuanya dilarang), situs itu
        <strong>tidak dapat dinilai</strong>: DIP adalah inti penilaian, dan ini bukan skor 0, karena warga
        mungkin tetap dapat membukanya. Halaman buktinya menyebut alasannya, alamat yang ditutup, dan baris
        robots.txt yang perlu ditambahkan pengelola situs agar pemantau dapat membacanya. Selama hasil
        sebelumnya yang berhasil masih berlaku, skor itu tetap dipakai; sesudahnya badan publik itu tidak
        diberi skor dan peringkat dan tidak dimasukkan ke feed.
      </p>
      <p>
        Situs yang tidak dapat dijangkau sama sekali (mati, DNS, waktu habis, galat server) diperlakukan sama
        selama hasil sebelumnya masih berlaku; sesudahnya pemindaian yang gagal menjadi hasilnya (skor 0).
      </p>
    </section>
    <section class="kartu" aria-labelledby="judul-tanda">
      <h2 id="judul-tanda">Tanda tangan dan masa berlaku</h2>
      <p>
        Hasil diterbitkan sebagai <a href="feed.json">feed.json</a> dan ditandatangani dengan Ed25519 atas
        byte persis berkas itu (<a href="feed.json.sig">feed.json.sig</a>); kunci publiknya ada di
        <a href="keys.json">keys.json</a>, dengan id kunci berupa sidik JWK (RFC 7638). Lencana di situs badan
        publik memeriksa tanda tangan ini dan hanya menampilkan kualifikasi sebagai terkini sebelum waktu
        kedaluwarsa setiap entri. Saat kunci diganti, kunci lama tetap menandatangani selama masa peralihan.
      </p>
    </section>`;
  return halaman({
    judul: 'Metode penilaian',
    akar: '',
    menu: 'metode',
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    zona: data.issuer.timeZone,
    methodVersions: data.methodVersions,
    isi,
  });
}
