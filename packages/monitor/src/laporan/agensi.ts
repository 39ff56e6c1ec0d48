import { LABEL_KELAS_INTERVAL, tautanAman, type Bahasa, type ZonaWaktu } from '@terbuka/sdk';
import type { CatatanPindai, Pengamatan, TidakDinilai } from '../types.js';
import { html, mentah, type HTMLAman } from './html.js';
import { halaman, keAkar } from './kerangka.js';
import { KATA, PLATFORM, SUMBER, teksHalaman } from './kata.js';
import { formatSkor, formatWaktu, labelBand, labelJenisSatu } from './format.js';
import { garisKilas } from './kilas.js';
import { tabelTumpuk } from './tabel.js';
import { CATATAN_RANTAI_DILENGKAPI, SARAN_ALAMAT_TERLARANG } from '../ambil/kegagalan.js';
import {
  dinilai,
  ditolakLokal,
  jenisAgensi,
  kedaluwarsa,
  type AgensiLaporan,
  type DataLaporan,
} from './data.js';

/** A link only for an allowed scheme (http, https, mailto, tel); anything else is shown as text. */
const tautan = (url: string, teks: string = url): HTMLAman =>
  tautanAman(url) ? html`<a class="url" href="${url}">${teks}</a>` : html`<span class="url">${teks}</span>`;

/** A time as `<time>`, shown in the body's zone `zona` with its name (`28 Nov 2026 00.30 WITA`). */
type Waktu = (iso: string | undefined) => HTMLAman;
const waktuDi =
  (zona: ZonaWaktu | undefined, b: Bahasa): Waktu =>
  (iso) =>
    iso ? html`<time datetime="${iso}">${formatWaktu(iso, zona, b)}</time>` : html`—`;

/**
 * The date a source claims and whether the anti-gaming rule accepted it: a claimed date that moved while
 * the content hash stayed the same is shown, and said not to count.
 */
function tanggalPembaruan(p: Pengamatan, waktu: Waktu, b: Bahasa): HTMLAman {
  if (!p.claimedAt) return html`—`;
  // Only sources checked by the anti-gaming rule carry sameSince; the others' dates are taken as listed.
  const diakui = p.validAt
    ? html`<br /><span class="kecil">${KATA.diakui[b]}: ${waktu(p.validAt)}</span>`
    : p.sameSince
      ? html`<br /><span class="kecil">${KATA.tidakDihitung[b]} ${waktu(p.sameSince)}</span>`
      : '';
  const entri =
    p.items && p.items.length > 0
      ? html`<br /><span class="kecil">${KATA.entriBertanggal[b](p.items.length)}</span>`
      : '';
  return html`${KATA.diklaim[b]}: ${waktu(p.claimedAt)}${diakui}${entri}`;
}

/**
 * How the request endpoint answered, as its observation records it: as a request service, with a web page
 * (a wrong address), with something else, or not at all.
 */
function jawabanEndpoint(c: CatatanPindai, b: Bahasa): string {
  if (c.endpoint?.ok) return KATA.menjawab[b];
  const gagal = c.observations.find((o) => o.kind === 'endpoint')?.failure;
  if (gagal?.reason === 'halaman-web') return KATA.halamanWebBukanLayanan[b];
  return (c.endpoint?.status === undefined ? KATA.tidakMenjawab : KATA.bukanLayanan)[b];
}

function keteranganPengamatan(p: Pengamatan, b: Bahasa): HTMLAman {
  // An optional source (sitemap, robots.txt) that is absent is shown as tried, not as the site's failure.
  if (p.failure && p.optional) return html`${KATA.tidakTersediaOpsional[b]} ${p.failure.message[b]}`;
  if (p.failure) return html`<strong>${KATA.gagal[b]}</strong> ${p.failure.message[b]}`;
  const rantai = p.chainCompleted ? html` ${KATA.rantaiDilengkapi[b]}` : '';
  // What of a source that was read could not be used (a broken feed, unreadable dates) is said, not hidden.
  const catatan = p.note ? html`<strong>${KATA.dibacaDenganCatatan[b]}</strong> ${p.note[b]}` : '';
  if (p.notModified) return html`${KATA.tidakBerubah[b]}${catatan ? html` ${catatan}` : ''}${rantai}`;
  if (p.note) return html`${catatan}${rantai}`;
  return html`${KATA.berhasilDibaca[b]}${rantai}`;
}

function tabelPengamatan(obs: readonly Pengamatan[], waktu: Waktu, b: Bahasa): HTMLAman {
  if (obs.length === 0) return html`<p>${KATA.tidakAdaSumber[b]}</p>`;
  return tabelTumpuk({
    id: 'tabel-sumber',
    judul: KATA.sumberTerakhir[b],
    kepala: KATA.sumber[b],
    kolom: [
      { judul: KATA.alamat[b] },
      { judul: KATA.diambil[b] },
      { judul: KATA.statusHttp[b], angka: true },
      { judul: KATA.tanggalPembaruan[b] },
      { judul: KATA.sidikIsi[b] },
      { judul: KATA.keterangan[b] },
    ],
    baris: obs.map((p) => ({
      kepala: SUMBER[p.kind]?.[b] ?? p.kind,
      sel: [
        tautan(p.url),
        waktu(p.fetchedAt),
        p.status ?? '—',
        tanggalPembaruan(p, waktu, b),
        p.hash ? html`<code title="${p.hash}">${p.hash.slice(0, 12)}…</code>` : '—',
        keteranganPengamatan(p, b),
      ],
    })),
  });
}

/**
 * Why the monitor could not assess the site, and what to do: robots.txt is the site administrator's to
 * change, a refused local/private address Dinkominfo's (its scan options, or the body's DNS).
 */
function peringatanTidakDinilai(
  judul: HTMLAman,
  t: TidakDinilai,
  b: Bahasa,
  lalu: HTMLAman | '' = '',
): HTMLAman {
  const lokal = t.reason === 'alamat-terlarang';
  // The lines to add, as a block to copy: which file they go in, and nothing else on the line.
  const baris =
    t.lines && t.lines.length > 0
      ? html`<p>${KATA.barisRobots[b]} <code>${t.robotsTxt}</code>:</p>
          <pre class="robots"><code>${t.lines.join('\n')}</code></pre>`
      : '';
  return html`<div class="peringatan" role="note">
    <p><strong>${judul}</strong> ${teksHalaman(t.message[b], b)}</p>
    ${
      t.blocked && t.blocked.length > 0
        ? html`<p>
            ${(lokal ? KATA.alamatDitolakLokal : KATA.alamatDitutupRobots)[b]}
            ${t.blocked.map((u, i) => html`${i > 0 ? ', ' : ''}${tautan(u)}`)}
          </p>`
        : ''
    }
    <p>
      <strong>${(lokal ? KATA.yangDapatDinkominfo : KATA.yangPerluPengelola)[b]}</strong>
      ${teksHalaman(t.action[b], b)}
    </p>
    ${baris} ${lalu}
  </div>`;
}

/**
 * The home page or DIP was refused as a local/private address: said in words, with what Dinkominfo can do,
 * rather than as one more failed fetch (the site did not fail; the monitor's guard refused it).
 */
function peringatanAlamatLokal(ditolak: readonly Pengamatan[], b: Bahasa): HTMLAman | '' {
  if (ditolak.length === 0) return '';
  return html`<div class="peringatan" role="note">
    <p>
      <strong>${KATA.alamatLokalDitolakJudul[b]}</strong>
      ${ditolak.map((o, i) => html`${i > 0 ? ', ' : ''}${SUMBER[o.kind][b]} (${tautan(o.url)})`)}
      ${KATA.tidakDiambil[b]} ${SARAN_ALAMAT_TERLARANG[b]}
    </p>
  </div>`;
}

/**
 * The server sends an incomplete certificate chain, which the monitor completed from AIA: said in words,
 * with the fix, for the body to pass on to whoever runs its server. Not a penalty.
 */
function catatanRantai(obs: readonly Pengamatan[], b: Bahasa): HTMLAman | '' {
  const urls = [...new Set(obs.flatMap((o) => o.chainCompleted ?? []))];
  if (urls.length === 0) return '';
  return html`<div class="peringatan" role="note">
    <p><strong>${KATA.rantaiTidakLengkap[b]}</strong> ${CATATAN_RANTAI_DILENGKAPI[b]}</p>
    <p>${KATA.perantaraDari[b]} ${urls.map((u, i) => html`${i > 0 ? ', ' : ''}${tautan(u)}`)}</p>
  </div>`;
}

/** The score card of an agency without a score: the reason, no number, no rank, no badge. */
function kartuTanpaSkor(a: AgensiLaporan, waktu: Waktu, b: Bahasa): HTMLAman {
  const c = a.latest;
  return html`<section class="kartu" aria-labelledby="judul-skor">
    <h2 id="judul-skor">${KATA.skorDanKualifikasi[b]}</h2>
    <p><span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span></p>
    <p>${KATA.tanpaSkorPenjelasan[b]}</p>
    <dl class="fakta">
      <dt>${KATA.jenis[b]}</dt>
      <dd>${labelJenisSatu(jenisAgensi(a), b)}</dd>
      <dt>${KATA.situs[b]}</dt>
      <dd>${tautan(c.agency.website)}</dd>
      <dt>${KATA.dipindai[b]}</dt>
      <dd>${waktu(c.scannedAt)}</dd>
      ${
        c.notAssessed?.reason === 'alamat-terlarang'
          ? ''
          : html`<dt>${KATA.userAgentPemantau[b]}</dt>
              <dd>
                ${
                  c.notAssessed?.userAgent !== undefined
                    ? html`<code>${c.notAssessed.userAgent}</code> (${KATA.tokenRobots[b]}:
                        <code>${c.notAssessed.token ?? ''}</code>)`
                    : html`${KATA.tokenRobots[b]}
                        <code>${c.notAssessed?.token ?? ''}</code> ${KATA.userAgentTakTercatat[b]}`
                }
              </dd>`
      }
    </dl>
  </section>`;
}

/** `agensi/<id>.html`: the evidence behind one agency's score (or why it has none). */
export function halamanAgensi(
  data: DataLaporan,
  a: AgensiLaporan,
  svgLencana?: string,
  b: Bahasa = 'id',
): string {
  const c = a.latest;
  const tanpaSkor = !dinilai(a);
  const peringkat = data.agencies.filter(dinilai).length;
  const nama = c.agency.name;
  const waktu = waktuDi(c.agency.timeZone, b);
  const jalur = `agensi/${a.id}.html`;
  // The badges sit at the report's root, shared by both languages.
  const akar = keAkar(b, jalur);
  const induk = c.agency.parent ? data.agencies.find((x) => x.id === c.agency.parent) : undefined;
  const jumlahBobot = c.contributions.reduce((n, k) => n + k.weight, 0);
  const akt = c.activity;
  // The DIP alone (the home page was read) or the whole site.
  const dip = a.dipGagalTerakhir === true;
  const gagalTerakhir =
    a.gagalTerakhir && a.tidakDinilai
      ? peringatanTidakDinilai(
          KATA.tidakDinilaiTerakhirJudul[b](waktu(a.gagalTerakhir)),
          a.tidakDinilai,
          b,
          html`<p>${KATA.skorLamaTidakDinilai[b](waktu(c.scannedAt))}</p>`,
        )
      : a.gagalTerakhir
        ? html`<p class="peringatan">
            <strong>${KATA.gagalTerakhirJudul[b](dip)}</strong> (${waktu(a.gagalTerakhir)}):
            ${KATA.skorLamaGagal[b](waktu(c.scannedAt), dip)}
          </p>`
        : '';
  const isi = html`<nav class="remah" aria-label="${KATA.remahRoti[b]}">
      <ol>
        <li><a href="../index.html">${KATA.peringkat[b]}</a></li>
        <li aria-current="page">${nama}</li>
      </ol>
    </nav>
    <h1>${nama}</h1>
    ${c.notAssessed ? peringatanTidakDinilai(html`${KATA.tidakDinilaiTerakhir[b]}`, c.notAssessed, b) : ''}
    ${c.unreachable && !c.notAssessed ? html`<p class="peringatan">${KATA.situsMati[b]}</p>` : ''}
    ${gagalTerakhir}
    ${
      // Not assessed because of it: the note above already says so, with what Dinkominfo can do.
      (a.tidakDinilai ?? c.notAssessed)?.reason === 'alamat-terlarang'
        ? ''
        : peringatanAlamatLokal(a.ditolakTerakhir ?? ditolakLokal(c), b)
    }
    ${catatanRantai(c.observations, b)}
    ${
      tanpaSkor
        ? kartuTanpaSkor(a, waktu, b)
        : html`<section class="kartu" aria-labelledby="judul-skor">
            <h2 id="judul-skor">${KATA.skorDanKualifikasi[b]}</h2>
            <p class="skor-besar">${formatSkor(c.score, b)} <span class="kecil">${KATA.dari100[b]}</span></p>
            <p>
              <span class="band band-${c.band}">${labelBand(c.band, b)}</span> ·
              ${KATA.peringkatDari[b](String(a.rank ?? '—'), peringkat)}
            </p>
            <dl class="fakta">
              <dt>${KATA.jenis[b]}</dt>
              <dd>${labelJenisSatu(jenisAgensi(a), b)}</dd>
              ${
                c.agency.parent
                  ? html`<dt>${KATA.induk[b]}</dt>
                      <dd>
                        ${induk ? html`<a href="${induk.id}.html">${induk.latest.agency.name}</a>` : c.agency.parent}
                      </dd>`
                  : ''
              }
              <dt>${KATA.situs[b]}</dt>
              <dd>${tautan(c.agency.website)}</dd>
              <dt>${KATA.dipindai[b]}</dt>
              <dd>${waktu(c.scannedAt)}</dd>
              <dt>${KATA.berlakuSampai[b]}</dt>
              <dd>${waktu(a.expiresAt)}${kedaluwarsa(a, data.generatedAt) ? KATA.sudahLewat[b] : ''}</dd>
              <dt>${KATA.metode[b]}</dt>
              <dd>
                <a href="../metode.html">${c.methodVersion}</a> (${KATA.katalog[b]} ${c.catalogVersion})
              </dd>
            </dl>
            ${svgLencana ? html`<p class="kilas">${mentah(svgLencana)}</p>` : ''}
            <p class="kecil">
              ${KATA.lencanaStatis[b]} <a href="${akar}lencana/${a.id}.svg">SVG</a> ·
              <a href="${akar}lencana/${a.id}.json">JSON endpoint shields.io</a>
            </p>
          </section>`
    }
    ${
      tanpaSkor
        ? ''
        : html`<section class="kartu" aria-labelledby="judul-rincian">
              <h2 id="judul-rincian">${KATA.rincianSkor[b]}</h2>
              ${tabelTumpuk({
                id: 'tabel-sumbangan',
                judul: KATA.sumbanganKomponen[b],
                kepala: KATA.komponen[b],
                kolom: [{ judul: KATA.poin[b], angka: true }, { judul: KATA.alasan[b] }],
                baris: c.contributions.map((k) => ({
                  kepala: html`${k.label[b]}<br /><span class="kecil">${teksHalaman(k.why[b], b)}</span>`,
                  sel: [KATA.poinDari[b](formatSkor(k.points, b), k.weight), teksHalaman(k.reason[b], b)],
                })),
                kaki: {
                  kepala: KATA.jumlah[b],
                  sel: [KATA.poinDari[b](formatSkor(c.score, b), jumlahBobot), labelBand(c.band, b)],
                  label: [undefined, KATA.kualifikasi[b]],
                },
              })}
            </section>
            <section class="kartu" aria-labelledby="judul-kurang">
              <h2 id="judul-kurang">${KATA.itemBelumAda[b]}</h2>
              ${
                c.missing.length === 0
                  ? html`<p>${KATA.semuaItemAda[b]}</p>`
                  : html`<ul>
                      ${c.missing.map((m) => html`<li data-katalog="${m.id}">${teksHalaman(m.title[b], b)}</li>`)}
                    </ul>`
              }
            </section>`
    }
    <section class="kartu" aria-labelledby="judul-temuan">
      <h2 id="judul-temuan">${KATA.ditemukanKapan[b]}</h2>
      <dl class="fakta">
        <dt>DIP</dt>
        <dd>
          ${
            c.dip
              ? html`${tautan(c.dip.url)} (${c.dip.format.toUpperCase()}):
                ${KATA.ringkasDip[b](c.dip.items, c.dip.errors, c.dip.warnings)}`
              : KATA.dipTidakDitemukan[b]
          }
        </dd>
        <dt>${KATA.pembaruanTerakhir[b]}</dt>
        <dd>
          ${akt.lastUpdateAt ? html`${waktu(akt.lastUpdateAt)} (${KATA.hariSebelumPindai[b](String(akt.daysSinceLastUpdate ?? '?'))})` : KATA.tidakDiketahui[b]}
        </dd>
        <dt>${KATA.pos30[b]}</dt>
        <dd>${akt.posts30}</dd>
        <dt>${KATA.pos90[b]}</dt>
        <dd>${akt.posts90}</dd>
        <dt>${KATA.iramaPembaruan[b]}</dt>
        <dd>${LABEL_KELAS_INTERVAL[akt.intervalClass]?.[b] ?? akt.intervalClass}</dd>
        <dt>${KATA.layananPermohonan[b]}</dt>
        <dd>
          ${
            c.endpoint
              ? html`${tautan(c.endpoint.url)}:
                ${jawabanEndpoint(c, b)}${c.endpoint.status ? ` (HTTP ${c.endpoint.status})` : ''}`
              : KATA.tidakTerdaftar[b]
          }
        </dd>
      </dl>
      ${tabelPengamatan(c.observations, waktu, b)}
    </section>
    <section class="kartu" aria-labelledby="judul-kanal">
      <h2 id="judul-kanal">${KATA.kanalResmi[b]}</h2>
      ${
        c.agency.social.length === 0
          ? html`<p>${KATA.tanpaAkun[b]}</p>`
          : html`<ul>
              ${c.agency.social.map(
                (s) =>
                  html`<li>
                    ${PLATFORM[s.platform]?.[b] ?? s.platform}:
                    ${tautan(s.url)}${s.feedUrl ? html`${KATA.dipantauLewatUmpan[b]}${tautan(s.feedUrl)}` : KATA.akunTanpaUmpan[b]}
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section class="kartu" aria-labelledby="judul-riwayat">
      <h2 id="judul-riwayat">${KATA.riwayatSkor[b]}</h2>
      ${garisKilas(
        // A scan that could not assess the site has no score to draw.
        a.history.filter((h) => !h.notAssessed).map((h) => ({ at: h.scannedAt, score: h.score })),
        'kilas-judul',
        c.agency.timeZone,
        b,
      )}
      ${tabelTumpuk({
        id: 'tabel-riwayat',
        judul: KATA.skorSetiapPindai[b],
        kepala: KATA.dipindai[b],
        kolom: [
          { judul: KATA.skor[b], angka: true },
          { judul: KATA.kualifikasi[b] },
          { judul: KATA.metode[b] },
        ],
        baris: [...a.history].reverse().map((h) => ({
          kepala: waktu(h.scannedAt),
          sel: [
            h.notAssessed ? '—' : formatSkor(h.score, b),
            h.notAssessed
              ? html`<span class="band tidak-dinilai">${KATA.tidakDapatDinilai[b]}</span>`
              : html`<span class="band band-${h.band}">${labelBand(h.band, b)}</span>`,
            h.methodVersion,
          ],
        })),
      })}
    </section>`;
  return halaman({
    judul: KATA.judulBukti[b](nama),
    bahasa: b,
    jalur,
    penerbit: data.issuer,
    generatedAt: data.generatedAt,
    alamatDasar: data.baseUrl,
    zona: c.agency.timeZone,
    methodVersions: data.methodVersions,
    isi,
  });
}
