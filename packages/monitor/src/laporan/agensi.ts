import { LABEL_KELAS_INTERVAL, tautanAman, type Teks, type ZonaWaktu } from '@terbuka/sdk';
import type { AkunResmi, JenisSumber, Pengamatan, TidakDinilai } from '../types.js';
import { html, mentah, type HTMLAman } from './html.js';
import { halaman } from './kerangka.js';
import { formatSkor, formatWaktu, labelBand, labelJenis } from './format.js';
import { garisKilas } from './kilas.js';
import { CATATAN_RANTAI_DILENGKAPI, SARAN_ALAMAT_TERLARANG } from '../ambil/kegagalan.js';
import {
  dinilai,
  ditolakLokal,
  jenisAgensi,
  kedaluwarsa,
  type AgensiLaporan,
  type DataLaporan,
} from './data.js';

const SUMBER: Record<JenisSumber, string> = {
  dip: 'Daftar Informasi Publik (DIP)',
  wordpress: 'WordPress REST API (pos)',
  rss: 'Umpan RSS',
  atom: 'Umpan Atom',
  sitemap: 'Peta situs (sitemap)',
  beranda: 'Beranda',
  endpoint: 'Layanan permohonan',
  sosial: 'Kanal media sosial',
  robots: 'robots.txt',
};

const PLATFORM: Record<AkunResmi['platform'], string> = {
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  lainnya: 'Lainnya',
};

const id = (t: Teks): string => t.id;

/** A link only for an allowed scheme (http, https, mailto, tel); anything else is shown as text. */
const tautan = (url: string, teks: string = url): HTMLAman =>
  tautanAman(url) ? html`<a class="url" href="${url}">${teks}</a>` : html`<span class="url">${teks}</span>`;

/** A time as `<time>`, shown in the body's zone `zona` with its name (`28 Nov 2026 00.30 WITA`). */
type Waktu = (iso: string | undefined) => HTMLAman;
const waktuDi =
  (zona?: ZonaWaktu): Waktu =>
  (iso) =>
    iso ? html`<time datetime="${iso}">${formatWaktu(iso, zona)}</time>` : html`—`;

/**
 * The date a source claims and whether the anti-gaming rule accepted it: a claimed date that moved while
 * the content hash stayed the same is shown, and said not to count.
 */
function tanggalPembaruan(p: Pengamatan, waktu: Waktu): HTMLAman {
  if (!p.claimedAt) return html`—`;
  // Only sources checked by the anti-gaming rule carry sameSince; the others' dates are taken as listed.
  const diakui = p.validAt
    ? html`<br /><span class="kecil">diakui: ${waktu(p.validAt)}</span>`
    : p.sameSince
      ? html`<br /><span class="kecil"
            >tidak dihitung sebagai pembaruan: isi sama sejak ${waktu(p.sameSince)}</span
          >`
      : '';
  const entri =
    p.items && p.items.length > 0
      ? html`<br /><span class="kecil">${p.items.length} entri bertanggal</span>`
      : '';
  return html`diklaim: ${waktu(p.claimedAt)}${diakui}${entri}`;
}

function keteranganPengamatan(p: Pengamatan): HTMLAman {
  // An optional source (sitemap, robots.txt) that is absent is shown as tried, not as the site's failure.
  if (p.failure && p.optional)
    return html`Tidak tersedia (sumber opsional, tidak mengurangi penilaian): ${id(p.failure.message)}`;
  if (p.failure) return html`<strong>Gagal:</strong> ${id(p.failure.message)}`;
  const rantai = p.chainCompleted
    ? html` Rantai sertifikat TLS-nya tidak lengkap dan dilengkapi pemantau (lihat catatan di atas).`
    : '';
  if (p.notModified) return html`Tidak berubah sejak pemindaian sebelumnya (HTTP 304).${rantai}`;
  return html`Berhasil dibaca.${rantai}`;
}

function tabelPengamatan(obs: readonly Pengamatan[], waktu: Waktu): HTMLAman {
  if (obs.length === 0) return html`<p>Tidak ada sumber yang dibaca pada pemindaian ini.</p>`;
  return html`<div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-sumber">
    <table>
      <caption id="tabel-sumber">
        Sumber yang dibaca pada pemindaian terakhir
      </caption>
      <thead>
        <tr>
          <th scope="col">Sumber</th>
          <th scope="col">Alamat</th>
          <th scope="col">Diambil</th>
          <th scope="col" class="angka">Status HTTP</th>
          <th scope="col">Tanggal pembaruan</th>
          <th scope="col">Sidik isi (SHA-256)</th>
          <th scope="col">Keterangan</th>
        </tr>
      </thead>
      <tbody>
        ${obs.map(
          (p) =>
            html`<tr>
              <th scope="row">${SUMBER[p.kind] ?? p.kind}</th>
              <td>${tautan(p.url)}</td>
              <td>${waktu(p.fetchedAt)}</td>
              <td class="angka">${p.status ?? '—'}</td>
              <td>${tanggalPembaruan(p, waktu)}</td>
              <td>${p.hash ? html`<code title="${p.hash}">${p.hash.slice(0, 12)}…</code>` : '—'}</td>
              <td>${keteranganPengamatan(p)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * Why the monitor could not assess the site, and what to do: robots.txt is the site administrator's to
 * change, a refused local/private address Dinkominfo's (its scan options, or the body's DNS).
 */
function peringatanTidakDinilai(judul: HTMLAman, t: TidakDinilai, lalu: HTMLAman | '' = ''): HTMLAman {
  const lokal = t.reason === 'alamat-terlarang';
  // The lines to add, as a block to copy: which file they go in, and nothing else on the line.
  const baris =
    t.lines && t.lines.length > 0
      ? html`<p>Baris yang ditambahkan ke <code>${t.robotsTxt}</code>:</p>
          <pre class="robots"><code>${t.lines.join('\n')}</code></pre>`
      : '';
  return html`<div class="peringatan" role="note">
    <p><strong>${judul}</strong> ${t.message.id}</p>
    ${
      t.blocked && t.blocked.length > 0
        ? html`<p>
            ${lokal ? 'Alamat yang ditolak sebagai alamat lokal/privat:' : 'Alamat yang ditutup robots.txt bagi pemantau:'}
            ${t.blocked.map((u, i) => html`${i > 0 ? ', ' : ''}${tautan(u)}`)}
          </p>`
        : ''
    }
    <p>
      <strong>${lokal ? 'Yang dapat dilakukan Dinkominfo:' : 'Yang perlu dilakukan pengelola situs:'}</strong>
      ${t.action.id}
    </p>
    ${baris} ${lalu}
  </div>`;
}

/**
 * The home page or DIP was refused as a local/private address: said in words, with what Dinkominfo can do,
 * rather than as one more failed fetch (the site did not fail; the monitor's guard refused it).
 */
function peringatanAlamatLokal(ditolak: readonly Pengamatan[]): HTMLAman | '' {
  if (ditolak.length === 0) return '';
  return html`<div class="peringatan" role="note">
    <p>
      <strong>Alamat lokal/privat ditolak:</strong>
      ${ditolak.map((o, i) => html`${i > 0 ? ', ' : ''}${SUMBER[o.kind]} (${tautan(o.url)})`)} tidak diambil.
      ${SARAN_ALAMAT_TERLARANG.id}
    </p>
  </div>`;
}

/**
 * The server sends an incomplete certificate chain, which the monitor completed from AIA: said in words,
 * with the fix, for the body to pass on to whoever runs its server. Not a penalty.
 */
function catatanRantai(obs: readonly Pengamatan[]): HTMLAman | '' {
  const urls = [...new Set(obs.flatMap((o) => o.chainCompleted ?? []))];
  if (urls.length === 0) return '';
  return html`<div class="peringatan" role="note">
    <p><strong>Rantai sertifikat TLS tidak lengkap (catatan):</strong> ${CATATAN_RANTAI_DILENGKAPI.id}</p>
    <p>Sertifikat perantara diambil dari: ${urls.map((u, i) => html`${i > 0 ? ', ' : ''}${tautan(u)}`)}</p>
  </div>`;
}

/** The score card of an agency without a score: the reason, no number, no rank, no badge. */
function kartuTanpaSkor(a: AgensiLaporan, waktu: Waktu): HTMLAman {
  const c = a.latest;
  return html`<section class="kartu" aria-labelledby="judul-skor">
    <h2 id="judul-skor">Skor dan kualifikasi</h2>
    <p><span class="band tidak-dinilai">Tidak dapat dinilai</span></p>
    <p>
      Tanpa skor dan tanpa peringkat: badan publik ini tidak dimasukkan ke feed pemantauan yang
      ditandatangani, dan lencananya tidak diterbitkan (lencana di situsnya menyatakan badan publik ini tidak
      ada dalam feed). Skor muncul lagi sesudah pemindaian yang dapat membaca situsnya.
    </p>
    <dl class="fakta">
      <dt>Jenis</dt>
      <dd>${labelJenis(jenisAgensi(a))}</dd>
      <dt>Situs</dt>
      <dd>${tautan(c.agency.website)}</dd>
      <dt>Dipindai</dt>
      <dd>${waktu(c.scannedAt)}</dd>
      ${
        c.notAssessed?.reason === 'alamat-terlarang'
          ? ''
          : html`<dt>User-Agent pemantau</dt>
              <dd>
                ${
                  c.notAssessed?.userAgent !== undefined
                    ? html`<code>${c.notAssessed.userAgent}</code> (token robots.txt:
                        <code>${c.notAssessed.token ?? ''}</code>)`
                    : html`token robots.txt <code>${c.notAssessed?.token ?? ''}</code> (User-Agent lengkapnya
                        tidak tercatat pada pemindaian ini)`
                }
              </dd>`
      }
    </dl>
  </section>`;
}

/** `agensi/<id>.html`: the evidence behind one agency's score (or why it has none). */
export function halamanAgensi(data: DataLaporan, a: AgensiLaporan, svgLencana?: string): string {
  const c = a.latest;
  const tanpaSkor = !dinilai(a);
  const peringkat = data.agencies.filter(dinilai).length;
  const nama = c.agency.name;
  const waktu = waktuDi(c.agency.timeZone);
  const induk = c.agency.parent ? data.agencies.find((x) => x.id === c.agency.parent) : undefined;
  const jumlahBobot = c.contributions.reduce((n, k) => n + k.weight, 0);
  const akt = c.activity;
  // The DIP alone (the home page was read) or the whole site.
  const [gagal, yangGagal] = a.dipGagalTerakhir ? ['DIP', 'DIP'] : ['Situs', 'situs'];
  const judulGagal = `${gagal} tidak dapat dijangkau pada pemindaian terakhir`;
  const gagalTerakhir =
    a.gagalTerakhir && a.tidakDinilai
      ? peringatanTidakDinilai(
          html`Situs tidak dapat dinilai pada pemindaian terakhir (${waktu(a.gagalTerakhir)}):`,
          a.tidakDinilai,
          html`<p>
            Skor di bawah ini dari pemindaian sebelumnya yang berhasil (${waktu(c.scannedAt)}) dan tetap
            berlaku sampai tanggal kedaluwarsanya; bila situs masih tidak dapat dinilai sesudahnya, badan
            publik ini tidak diberi skor (bukan skor 0) dan tidak ada di feed.
          </p>`,
        )
      : a.gagalTerakhir
        ? html`<p class="peringatan">
            <strong>${judulGagal}</strong> (${waktu(a.gagalTerakhir)}): skor di bawah ini dari pemindaian
            sebelumnya yang berhasil (${waktu(c.scannedAt)}) dan tetap berlaku sampai tanggal kedaluwarsanya;
            bila ${yangGagal} masih tidak terjangkau sesudahnya, pemindaian yang gagal menjadi hasilnya.
          </p>`
        : '';
  const isi = html`<nav class="remah" aria-label="Remah roti">
      <ol>
        <li><a href="../index.html">Peringkat</a></li>
        <li aria-current="page">${nama}</li>
      </ol>
    </nav>
    <h1>${nama}</h1>
    ${c.notAssessed ? peringatanTidakDinilai(html`Tidak dapat dinilai pada pemindaian terakhir:`, c.notAssessed) : ''}
    ${c.unreachable && !c.notAssessed ? html`<p class="peringatan"><strong>Situs tidak dapat dijangkau pada pemindaian terakhir:</strong> beranda dan DIP gagal dibaca; rinciannya ada di tabel sumber di bawah.</p>` : ''}
    ${gagalTerakhir}
    ${
      // Not assessed because of it: the note above already says so, with what Dinkominfo can do.
      (a.tidakDinilai ?? c.notAssessed)?.reason === 'alamat-terlarang'
        ? ''
        : peringatanAlamatLokal(a.ditolakTerakhir ?? ditolakLokal(c))
    }
    ${catatanRantai(c.observations)}
    ${
      tanpaSkor
        ? kartuTanpaSkor(a, waktu)
        : html`<section class="kartu" aria-labelledby="judul-skor">
            <h2 id="judul-skor">Skor dan kualifikasi</h2>
            <p class="skor-besar">${formatSkor(c.score)} <span class="kecil">dari 100</span></p>
            <p>
              <span class="band band-${c.band}">${labelBand(c.band)}</span> · peringkat ${a.rank ?? '—'} dari
              ${peringkat}
            </p>
            <dl class="fakta">
              <dt>Jenis</dt>
              <dd>${labelJenis(jenisAgensi(a))}</dd>
              ${
                c.agency.parent
                  ? html`<dt>Induk</dt>
                      <dd>
                        ${induk ? html`<a href="${induk.id}.html">${induk.latest.agency.name}</a>` : c.agency.parent}
                      </dd>`
                  : ''
              }
              <dt>Situs</dt>
              <dd>${tautan(c.agency.website)}</dd>
              <dt>Dipindai</dt>
              <dd>${waktu(c.scannedAt)}</dd>
              <dt>Berlaku sampai</dt>
              <dd>
                ${waktu(a.expiresAt)}${kedaluwarsa(a, data.generatedAt) ? ' — sudah lewat: hasil ini tidak lagi terkini' : ''}
              </dd>
              <dt>Metode</dt>
              <dd><a href="../metode.html">${c.methodVersion}</a> (katalog ${c.catalogVersion})</dd>
            </dl>
            ${svgLencana ? html`<p class="kilas">${mentah(svgLencana)}</p>` : ''}
            <p class="kecil">
              Lencana statis: <a href="../lencana/${a.id}.svg">SVG</a> ·
              <a href="../lencana/${a.id}.json">JSON endpoint shields.io</a>
            </p>
          </section>`
    }
    ${
      tanpaSkor
        ? ''
        : html`<section class="kartu" aria-labelledby="judul-rincian">
              <h2 id="judul-rincian">Rincian skor</h2>
              <div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-sumbangan">
                <table>
                  <caption id="tabel-sumbangan">
                    Sumbangan setiap komponen dan alasannya
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Komponen</th>
                      <th scope="col" class="angka">Bobot</th>
                      <th scope="col" class="angka">Poin</th>
                      <th scope="col">Alasan</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${c.contributions.map(
                      (k) =>
                        html`<tr>
                          <th scope="row">${id(k.label)}<br /><span class="kecil">${id(k.why)}</span></th>
                          <td class="angka">${k.weight}</td>
                          <td class="angka">${formatSkor(k.points)}</td>
                          <td>${id(k.reason)}</td>
                        </tr>`,
                    )}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Jumlah</th>
                      <td class="angka">${jumlahBobot}</td>
                      <td class="angka">${formatSkor(c.score)}</td>
                      <td>${labelBand(c.band)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </section>
            <section class="kartu" aria-labelledby="judul-kurang">
              <h2 id="judul-kurang">Item wajib berkala yang belum ada</h2>
              ${
                c.missing.length === 0
                  ? html`<p>Semua item wajib berkala tercakup dalam DIP.</p>`
                  : html`<ul>
                      ${c.missing.map((m) => html`<li>${id(m.title)} <span class="kecil">(${m.id})</span></li>`)}
                    </ul>`
              }
            </section>`
    }
    <section class="kartu" aria-labelledby="judul-temuan">
      <h2 id="judul-temuan">Yang ditemukan dan kapan</h2>
      <dl class="fakta">
        <dt>DIP</dt>
        <dd>
          ${
            c.dip
              ? html`${tautan(c.dip.url)} (${c.dip.format.toUpperCase()}): ${c.dip.items} item,
                ${c.dip.errors} galat, ${c.dip.warnings} peringatan`
              : 'tidak ditemukan atau tidak dapat dibaca'
          }
        </dd>
        <dt>Pembaruan situs terakhir</dt>
        <dd>
          ${akt.lastUpdateAt ? html`${waktu(akt.lastUpdateAt)} (${akt.daysSinceLastUpdate ?? '?'} hari sebelum pemindaian)` : 'tidak diketahui'}
        </dd>
        <dt>Pos 30 hari terakhir</dt>
        <dd>${akt.posts30}</dd>
        <dt>Pos 90 hari terakhir</dt>
        <dd>${akt.posts90}</dd>
        <dt>Irama pembaruan</dt>
        <dd>${LABEL_KELAS_INTERVAL[akt.intervalClass]?.id ?? akt.intervalClass}</dd>
        <dt>Layanan permohonan</dt>
        <dd>
          ${
            c.endpoint
              ? html`${tautan(c.endpoint.url)}:
                ${c.endpoint.ok ? 'menjawab' : 'tidak menjawab'}${c.endpoint.status ? ` (HTTP ${c.endpoint.status})` : ''}`
              : 'tidak terdaftar'
          }
        </dd>
      </dl>
      ${tabelPengamatan(c.observations, waktu)}
    </section>
    <section class="kartu" aria-labelledby="judul-kanal">
      <h2 id="judul-kanal">Kanal resmi</h2>
      ${
        c.agency.social.length === 0
          ? html`<p>Tidak ada akun media sosial resmi yang terdaftar.</p>`
          : html`<ul>
              ${c.agency.social.map(
                (s) =>
                  html`<li>
                    ${PLATFORM[s.platform] ?? s.platform}:
                    ${tautan(s.url)}${s.feedUrl ? html` — keaktifannya dipantau lewat umpan publik ${tautan(s.feedUrl)}` : ' — akun resmi terverifikasi (tanpa umpan publik)'}
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section class="kartu" aria-labelledby="judul-riwayat">
      <h2 id="judul-riwayat">Riwayat skor</h2>
      ${garisKilas(
        // A scan that could not assess the site has no score to draw.
        a.history.filter((h) => !h.notAssessed).map((h) => ({ at: h.scannedAt, score: h.score })),
        'kilas-judul',
        c.agency.timeZone,
      )}
      <div class="gulir" tabindex="0" role="region" aria-labelledby="tabel-riwayat">
        <table>
          <caption id="tabel-riwayat">
            Skor setiap pemindaian
          </caption>
          <thead>
            <tr>
              <th scope="col">Dipindai</th>
              <th scope="col" class="angka">Skor</th>
              <th scope="col">Kualifikasi</th>
              <th scope="col">Metode</th>
            </tr>
          </thead>
          <tbody>
            ${[...a.history].reverse().map(
              (h) =>
                html`<tr>
                  <th scope="row">${waktu(h.scannedAt)}</th>
                  <td class="angka">${h.notAssessed ? '—' : formatSkor(h.score)}</td>
                  <td>
                    ${h.notAssessed ? html`<span class="band tidak-dinilai">Tidak dapat dinilai</span>` : html`<span class="band band-${h.band}">${labelBand(h.band)}</span>`}
                  </td>
                  <td>${h.methodVersion}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  return halaman({
    judul: `Bukti penilaian ${nama}`,
    akar: '../',
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    zona: c.agency.timeZone,
    methodVersions: data.methodVersions,
    isi,
  });
}
