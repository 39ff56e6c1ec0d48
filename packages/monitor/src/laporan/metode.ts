import { BAND_MONEV } from '@terbuka/sdk';
import type { Kontribusi } from '@terbuka/sdk';
import { html } from './html.js';
import { halaman } from './kerangka.js';
import { formatSkor } from './format.js';
import type { DataLaporan } from './data.js';

/**
 * The components of each method version as the SDK reported them in the scans (label, weight, why):
 * the page shows what was used, and restates no weight of its own.
 */
function komponenPerVersi(data: DataLaporan): Map<string, Kontribusi[]> {
  const peta = new Map<string, Map<string, Kontribusi>>();
  for (const a of data.agencies) {
    const c = a.latest;
    const m = peta.get(c.methodVersion) ?? new Map<string, Kontribusi>();
    for (const k of c.contributions) if (!m.has(k.code)) m.set(k.code, k);
    peta.set(c.methodVersion, m);
  }
  return new Map([...peta].map(([v, m]) => [v, [...m.values()]]));
}

/** `metode.html`: how a score is made — components, weights and reasons, bands, versions. */
export function halamanMetode(data: DataLaporan): string {
  const versi = komponenPerVersi(data);
  const isi = html`<h1>Metode penilaian</h1>
    <p>
      Setiap badan publik dinilai 0–100 oleh SDK Terbuka — fungsi yang sama yang dipakai widget di situs badan
      publik — dari Daftar Informasi Publik (DIP) situsnya dan keaktifan situs serta kanal resminya. Setiap
      skor mencantumkan versi metodenya; dua skor dengan versi yang sama dihitung dengan cara yang sama. Bukti
      setiap komponen ada di halaman setiap badan publik.
    </p>
    ${[...versi].map(
      ([v, komponen]) =>
        html`<section class="kartu" aria-labelledby="metode-${v}">
          <h2 id="metode-${v}">Komponen metode ${v}</h2>
          <div class="gulir">
            <table>
              <caption>
                Komponen, bobot, dan alasannya (metode ${v})
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
          </div>
        </section>`,
    )}
    <section class="kartu" aria-labelledby="judul-band">
      <h2 id="judul-band">Kualifikasi</h2>
      <p>
        Rentang kualifikasi mengikuti Monev Komisi Informasi; hasil pemantauan ini bukan hasil resmi Monev.
      </p>
      <div class="gulir">
        <table>
          <caption>
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
    methodVersions: data.methodVersions,
    isi,
  });
}
