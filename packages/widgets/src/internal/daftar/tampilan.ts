import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PASAL_17, isiTeks, pilihTeks, tautanAman } from '@terbuka/sdk';
import type { Bahasa, ItemDIP, ItemKatalogInti, Kesegaran, Masalah, Tautan, Teks } from '@terbuka/sdk';
import { formatRelatif, formatTanggal } from '../format.js';
import { PESAN } from '../pesan.js';
import type { BarisDIP } from './baris.js';

/** Renders in one language. Every value from data goes through a text binding, never markup. */
export interface Konteks {
  readonly bahasa: Bahasa;
}

const tx = (k: Konteks, teks: Teks, nilai?: Readonly<Record<string, string | number>>): string =>
  pilihTeks(nilai ? isiTeks(teks, nilai) : teks, k.bahasa);

/** The freshness chip: words from the SDK's verdict, the age in the reader's language. */
export function chip(k: Konteks, s: Kesegaran): TemplateResult | typeof nothing {
  let kelas: string;
  let teks: string;
  switch (s.status) {
    case 'fresh':
    case 'not-applicable':
      if (s.ageDays === undefined || s.ageDays < 0) return nothing;
      kelas = 'segar';
      teks = tx(k, PESAN.diperbarui, { relatif: formatRelatif(s.ageDays, k.bahasa) });
      break;
    case 'due':
      kelas = 'jatuh-tempo';
      teks = tx(k, PESAN.perluDiperbarui);
      break;
    case 'overdue':
    case 'delinquent':
      kelas = 'terlambat';
      teks = tx(k, PESAN.terlambat);
      break;
    default:
      kelas = 'tanpa-tanggal';
      teks = tx(k, PESAN.tanpaTanggal);
  }
  const tanggal = s.lastUpdated ? formatTanggal(s.lastUpdated, k.bahasa) : undefined;
  return html`<span
    part="chip chip-${kelas}"
    class="chip ${kelas}"
    data-status=${s.status}
    title=${tanggal ?? nothing}
    >${teks}</span
  >`;
}

/** A link only when the SDK's allow-list accepts the address; anything else is plain text. */
export function tautan(t: Tautan): TemplateResult {
  return tautanAman(t.url)
    ? html`<a part="link" href=${t.url} rel="noopener noreferrer">${t.label || t.url}</a>`
    : html`<span class="tautan-mati">${t.label}</span>`;
}

function waktuBuat(k: Konteks, e: ItemDIP): string | undefined {
  const m = e.made;
  if (!m) return undefined;
  if (m.text) return m.text;
  const kapan = m.date ? formatTanggal(m.date, k.bahasa) : m.year !== undefined ? String(m.year) : '';
  return [kapan, m.place ?? ''].filter((s) => s !== '').join(', ') || undefined;
}

function baris(label: string, isi: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  return isi === undefined || isi === ''
    ? nothing
    : html`<div class="meta">
        <dt>${label}</dt>
        <dd>${isi}</dd>
      </div>`;
}

/** The Pasal 17 grounds (titles from the SDK), the period and the decision of an excluded entry. */
function pengecualian(k: Konteks, e: ItemDIP): TemplateResult | typeof nothing {
  const x = e.exclusion;
  if (!x) return nothing;
  const dasar = x.grounds.map((h) => {
    const p = PASAL_17.find((g) => g.letter === h);
    return `${tx(k, PESAN.pasal17, { huruf: h })}${p ? ` — ${tx(k, p.title)}` : ''}`;
  });
  return html`
    ${baris(
      tx(k, PESAN.dasarPengecualian),
      dasar.length > 0
        ? html`<ul class="dasar">
            ${dasar.map((d) => html`<li>${d}</li>`)}
          </ul>`
        : undefined,
    )}
    ${baris(tx(k, PESAN.dasarLain), x.otherBasis)} ${baris(tx(k, PESAN.konsekuensi), x.consequence)}
    ${baris(tx(k, PESAN.jangkaPengecualian), x.period)}
    ${baris(
      tx(k, PESAN.penetapan),
      x.decisionNumber
        ? tx(k, PESAN.penetapanIsi, {
            nomor: x.decisionNumber,
            tanggal: x.decisionDate ? formatTanggal(x.decisionDate, k.bahasa) : '',
          }).replace(/, $/, '')
        : undefined,
    )}
  `;
}

/** One entry: title, freshness, summary, unit, when made, formats, links, and exclusion details. */
export function entri(k: Konteks, b: BarisDIP, tingkat: 3 | 4 = 4): TemplateResult {
  const e = b.entry;
  const links = e.links ?? [];
  const bentuk = (e.formats ?? []).map((f) => tx(k, f === 'cetak' ? PESAN.cetak : PESAN.digital)).join(', ');
  return html`<li part="entry" class="entri">
    <div class="kepala-entri">
      ${
        tingkat === 3
          ? html`<h3 part="entry-title" class="judul-entri">${e.title}</h3>`
          : html`<h4 part="entry-title" class="judul-entri">${e.title}</h4>`
      }
      ${chip(k, b.kesegaran)}
    </div>
    ${e.summary ? html`<p class="ringkasan">${e.summary}</p>` : nothing}
    <dl class="rincian">
      ${baris(tx(k, PESAN.unit), e.unit)} ${baris(tx(k, PESAN.penanggungJawab), e.responsible)}
      ${baris(tx(k, PESAN.dibuat), waktuBuat(k, e))} ${baris(tx(k, PESAN.bentuk), bentuk)}
      ${baris(tx(k, PESAN.retensi), e.retention)} ${pengecualian(k, e)}
      ${baris(
        tx(k, PESAN.tautan),
        links.length > 0
          ? html`<ul class="tautan">
              ${links.map((l) => html`<li>${tautan(l)}</li>`)}
            </ul>`
          : undefined,
      )}
    </dl>
  </li>`;
}

/** Entries as a list; `tingkat` is the heading level of each title (3 right under the element's h2). */
export function daftarEntri(k: Konteks, baris: readonly BarisDIP[], tingkat: 3 | 4 = 4): TemplateResult {
  return html`<ul class="entri-daftar" role="list">
    ${baris.map((b) => entri(k, b, tingkat))}
  </ul>`;
}

/** A catalog item's heading: its letter in the regulation and its title from the SDK. */
export function judulItem(k: Konteks, item: ItemKatalogInti | undefined): string {
  if (!item) return tx(k, PESAN.lainnya);
  return `${item.letter ? `${item.letter}. ` : ''}${tx(k, item.title)}`;
}

/** Problems of the data as the SDK words them, errors first. */
export function daftarMasalah(
  k: Konteks,
  galat: readonly Masalah[],
  peringatan: readonly Masalah[],
): TemplateResult {
  const semua = [...galat, ...peringatan];
  if (semua.length === 0) return html`<p>${tx(k, PESAN.tidakAdaMasalah)}</p>`;
  return html`<ul class="masalah" role="list">
    ${semua.map(
      (m) =>
        html`<li class=${m.severity} data-code=${m.code}>
          <strong>${tx(k, m.severity === 'error' ? PESAN.galatLabel : PESAN.peringatanLabel)}:</strong>
          ${tx(k, m.message)}
        </li>`,
    )}
  </ul>`;
}
