import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { batasKeberatan, isiTeks, LABEL_PENOLAKAN, LABEL_PUTUSAN_KEBERATAN } from '@terbuka/sdk';
import type { CatatanPeristiwa, KlienPermintaan, StatusPengajuan, Teks } from '@terbuka/sdk';
import { TerbukaElement } from '../internal/terbuka-element.js';
import { judul } from '../internal/judul-lit.js';
import { temaStyles } from '../internal/tema.styles.js';
import { PESAN_PERMINTAAN as P } from '../internal/pesan-permintaan.js';
import { PESAN_STATUS as S } from '../internal/pesan-status.js';
import { buatPengirim } from '../permintaan/pengirim.js';
import { formatHari } from '../permintaan/waktu.js';
import { formatWaktu } from '../internal/format-waktu.js';
import { pecahNomor } from '../permintaan/pecah-nomor.js';
import { nomorDariAlamat, tautanNomor } from '../permintaan/tautan-nomor.js';
import { formulirStyles } from '../permintaan/permintaan.styles.js';
import { statusStyles } from './status-permintaan.styles.js';

/** The shown state, reflected as the `state` attribute. */
export type StatusCek = 'ready' | 'loading' | 'success' | 'not-found' | 'error';

type Kolom = 'nomor' | 'kontak';

/**
 * `<ppid-status-permintaan>`: looks a request or objection up by its nomor pendaftaran and the e-mail
 * or phone given with it (`POST /v1/status` through the SDK client), and shows its status, the deadline
 * running now and a timeline of every step. Any wrong pair gets the same message. The number may come
 * filled in from the page's `?nomor=` (a receipt's "Lihat status") or the `nomor` attribute; with
 * `objection-url`, a request that may still be objected to links to the objection form.
 * @csspart base - the element's box
 * @csspart form - the lookup form
 * @csspart result - the status and timeline
 * @csspart timeline - the ordered list of steps
 * @cssprop [--ppid-color-error=#b3261e] - error messages and the borders of fields with an error
 */
export class PpidStatusPermintaan extends TerbukaElement {
  /** Base address of the intake server, e.g. `https://ppid.example.go.id/api`. */
  @property() endpoint?: string;
  /** Per attempt, in ms (default 15 000). */
  @property({ type: Number }) timeout = 15_000;
  /**
   * A registration number to fill in, for a page that knows it; the page's own `?nomor=` comes first. Only
   * into an empty field: what was typed stays. It is looked up only when the citizen adds the contact.
   */
  @property() nomor?: string;
  /**
   * Optional URL of the page with the objection form (`<ppid-permintaan mode="keberatan">`): while the SDK
   * says the request may still be objected to, the result links to it with `?nomor=` and the last day.
   */
  @property({ attribute: 'objection-url' }) objectionUrl?: string;
  /**
   * The shown state, reflected for styling: ready, loading, success, not-found, error.
   * @type {'ready' | 'loading' | 'success' | 'not-found' | 'error'}
   */
  @property({ reflect: true }) state: StatusCek = 'ready';

  /**
   * First pause before a retry, in ms; tests shorten it.
   * @internal
   */
  jedaUlangMs = 500;

  @state() private isiNomor = '';
  /** The number was filled in from the link or the attribute, and not edited since: only the contact is left. */
  @state() private nomorTerisi = false;
  @state() private kontak = '';
  @state() private galat = new Map<Kolom, Teks>();
  @state() private pesan: Teks | undefined;
  @state() private hasil: StatusPengajuan | undefined;

  private klien: { klien: KlienPermintaan; endpoint: string } | undefined;
  private sedang = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.isiAwal(nomorDariAlamat());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('nomor')) this.isiAwal(this.nomor?.trim());
  }

  /** Fills the number field if it is still empty; the focus stays where the browser put it. */
  private isiAwal(nomor: string | undefined): void {
    if (nomor && !this.isiNomor) {
      this.isiNomor = nomor;
      this.nomorTerisi = true;
    }
  }

  private ambilKlien(): KlienPermintaan | undefined {
    if (!this.endpoint) return undefined;
    if (this.klien?.endpoint !== this.endpoint)
      this.klien = {
        // Only lookups: the page queues nothing (the kind names the queue the client would use).
        klien: buatPengirim({
          endpoint: this.endpoint,
          jenis: 'permintaan',
          jedaMs: this.jedaUlangMs,
          timeoutMs: this.timeout,
        }).klien,
        endpoint: this.endpoint,
      };
    return this.klien.klien;
  }

  /** Looks the pair up; the entered values stay whatever happens. */
  async cek(e?: Event): Promise<void> {
    e?.preventDefault();
    if (this.sedang) return;
    const galat = new Map<Kolom, Teks>();
    if (this.isiNomor.trim() === '') galat.set('nomor', P.wajibNomor);
    if (this.kontak.trim() === '') galat.set('kontak', P.wajibKontak);
    this.galat = galat;
    if (galat.size > 0) {
      // An earlier answer would read as the answer to this one.
      this.pesan = undefined;
      this.hasil = undefined;
      this.state = 'ready';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.ringkasan-galat')?.focus();
      return;
    }
    const klien = this.ambilKlien();
    if (!klien) {
      this.state = 'error';
      this.pesan = P.galatTanpaEndpoint;
      return;
    }
    this.sedang = true;
    this.state = 'loading';
    this.pesan = undefined;
    try {
      const h = await klien.status(this.isiNomor, this.kontak);
      if (h.status === 'ditemukan') {
        this.hasil = h.value;
        this.state = 'success';
      } else if (h.status === 'tidak-ditemukan') {
        // One fixed message for every wrong pair, whatever the server said.
        this.hasil = undefined;
        this.pesan = P.tidakDitemukan;
        this.state = 'not-found';
      } else {
        this.hasil = undefined;
        // The client's words for a failed lookup (connection, server trouble, a refusal, too many).
        this.pesan = h.message;
        this.state = 'error';
      }
    } finally {
      this.sedang = false;
    }
    if (this.state === 'success')
      await this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#hasil-judul')?.focus(),
      );
  }

  override render(): TemplateResult {
    const sibuk = this.state === 'loading';
    // While busy the lookup button is aria-disabled, not disabled: a disabled button drops the focus to
    // <body> (cek() ignores a second press). "Memeriksa…" is said politely from outside the aria-busy form.
    // "Coba lagi" goes away when pressed, so it hands the focus to the lookup button first.
    return html`<div part="base" class="dasar">
      ${judul(this.tingkat, 0, this.t(P.judulStatus))}
      <p class="pengantar">${this.t(P.pengantarStatus)}</p>
      ${this.renderRingkasanGalat()}
      ${
        this.pesan
          ? html`<div class="galat-kirim" role="alert">
              <p>${this.t(this.pesan)}</p>
              ${
                this.state === 'error'
                  ? html`<button
                      type="button"
                      class="tombol"
                      @click=${() => {
                        this.renderRoot.querySelector<HTMLElement>('button[type="submit"]')?.focus();
                        void this.cek();
                      }}
                    >
                      ${this.t(P.cobaLagi)}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.cek} aria-busy=${sibuk ? 'true' : 'false'}>
        ${this.renderKolom('nomor', {
          label: P.nomorPendaftaran,
          petunjuk: P.petunjukNomor,
          // Numbers are printed in capitals; a phone keyboard then offers them (the server ignores case).
          autocapitalize: 'characters',
        })}
        ${this.renderKolom('kontak', {
          label: P.kontak,
          // Said with the field (its description): the number is there, the contact is what is left.
          petunjuk: this.nomorTerisi ? S.petunjukKontakSaja : P.petunjukKontak,
          autocomplete: 'email',
        })}
        <div class="aksi">
          <button class="tombol utama" type="submit" aria-disabled=${sibuk ? 'true' : 'false'}>
            ${this.t(sibuk ? P.memeriksa : P.cekStatus)}
          </button>
        </div>
      </form>
      <p class="sr-only" role="status">${sibuk ? this.t(P.memeriksa) : nothing}</p>
      ${this.state === 'success' && this.hasil ? this.renderHasil(this.hasil) : nothing}
    </div>`;
  }

  private renderRingkasanGalat(): TemplateResult | typeof nothing {
    if (this.galat.size === 0) return nothing;
    // Heard once: focused (only after a submit, from the form), not a live region too, and no name that
    // reads its heading twice — as the request form's summary.
    return html`<div class="ringkasan-galat" tabindex="-1">
      ${judul(this.tingkat, 1, this.t(P.adaMasalah), { id: 'ringkasan-galat-judul' })}
      <ul>
        ${[...this.galat].map(
          ([k, pesan]) =>
            html`<li>
              <a
                href="#f-${k}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#f-${k}`)?.focus();
                }}
                >${this.t(pesan)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderKolom(
    k: Kolom,
    o: { label: Teks; petunjuk: Teks; autocomplete?: string; autocapitalize?: string },
  ): TemplateResult {
    const g = this.galat.get(k);
    const ids = [`f-${k}-petunjuk`, g ? `f-${k}-galat` : ''].filter((s) => s !== '').join(' ');
    return html`<div class="field ${g ? 'field-salah' : ''}">
      <label for="f-${k}">${this.t(o.label)}</label>
      <p class="petunjuk" id="f-${k}-petunjuk">${this.t(o.petunjuk)}</p>
      ${
        g
          ? html`<p class="galat-inline" id="f-${k}-galat">
              <span class="sr-only">${this.t(P.galat)}</span> ${this.t(g)}
            </p>`
          : nothing
      }
      <input
        id="f-${k}"
        name=${k}
        type="text"
        class=${g ? 'salah' : ''}
        autocomplete=${o.autocomplete ?? 'off'}
        autocapitalize=${o.autocapitalize ?? nothing}
        spellcheck="false"
        aria-describedby=${ids}
        aria-invalid=${g ? 'true' : nothing}
        .value=${k === 'nomor' ? this.isiNomor : this.kontak}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          if (k === 'nomor') {
            this.isiNomor = v;
            this.nomorTerisi = false;
          } else this.kontak = v;
        }}
      />
    </div>`;
  }

  private renderHasil(s: StatusPengajuan): TemplateResult {
    const b = this.bahasa;
    const w = s.window;
    // A closed case has no deadline running; an unknown kind keeps the neutral words.
    const tenggat =
      s.status === 'selesai'
        ? nothing
        : html`<dt id="hasil-tenggat-jenis">
              ${this.t((s.deadlineKind && S.jenisTenggat[s.deadlineKind]) || P.tenggatSaatIni)}
            </dt>
            <dd class="tenggat-kini" id="hasil-tenggat">
              <time datetime=${s.deadline}>${formatHari(s.deadline, b)}</time>
            </dd>
            ${
              w?.open
                ? html`<dt>${this.t(S.jenisTenggat[w.kind])}</dt>
                    <dd class="tenggat-jendela"><time datetime=${w.due}>${formatHari(w.due, b)}</time></dd>`
                : nothing
            }`;
    const kini = this.t(P.status[s.status] ?? { id: s.status, en: s.status });
    // The SDK's rule (UU KIP Pasal 35–36): after an answer, or once an unanswered deadline passed, while the
    // window is open. The link only where the page names the objection form.
    const batas = batasKeberatan(s, new Date(), s.timeZone);
    const keberatan = batas && tautanNomor(this.objectionUrl, s.number);
    // Focus lands on the heading after a lookup: it names the number, and is described by the status and the
    // deadline running, so the three are heard together.
    return html`<section part="result" class="hasil" aria-labelledby="hasil-judul">
      ${judul(this.tingkat, 1, pecahNomor(this.t(S.judulHasil, { nomor: s.number })), {
        id: 'hasil-judul',
        fokus: true,
        terangkan: s.status === 'selesai' ? 'hasil-status' : 'hasil-status hasil-tenggat-jenis hasil-tenggat',
      })}
      <dl>
        <dt>${this.t(P.statusSaatIni)}</dt>
        <dd class="status-kini" id="hasil-status">${kini}</dd>
        ${tenggat}
      </dl>
      ${
        w && s.status !== 'selesai'
          ? html`<p class="jendela">
              ${this.t(S.tidakDijawab[w.kind], { tenggat: formatHari(s.deadline, b) })}
              ${this.t(w.open ? S.bisa[w.kind] : S.lewat, {
                batas: formatHari(w.due, b),
                label: this.t(S.jenisTenggat[w.kind]),
              })}
            </p>`
          : nothing
      }
      ${
        keberatan
          ? html`<p class="aksi ajukan-keberatan">
              <a class="tombol kedua" href=${keberatan} aria-describedby="batas-keberatan"
                >${this.t(S.ajukanKeberatan)}</a
              >
              <span id="batas-keberatan"
                >${this.t(S.jenisTenggat.keberatan)}:
                <time datetime=${batas}>${formatHari(batas, b)}</time></span
              >
            </p>`
          : nothing
      }
      ${judul(this.tingkat, 2, this.t(P.riwayat))}
      <ol part="timeline" class="linimasa">
        ${s.events.map(
          (e) =>
            html`<li>
              <time datetime=${e.at}>${formatWaktu(e.at, b, s.timeZone)}</time>
              <span class="peristiwa">${pecahNomor(this.t(this.teksPeristiwa(e)))}</span>
              ${
                e.deadline && e.type !== 'selesai'
                  ? html`<span class="tenggat-baru"
                      >(${
                        // Whose deadline (after a refusal, the citizen's to object), as the result names it.
                        e.deadlineKind
                          ? `${this.t(S.jenisTenggat[e.deadlineKind])}: ${formatHari(e.deadline, b)}`
                          : this.t(P.tenggatBaru, { tanggal: formatHari(e.deadline, b) })
                      })</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private teksPeristiwa(e: CatatanPeristiwa): Teks {
    switch (e.type) {
      case 'diterima':
        return P.peristiwa.diterima;
      case 'proses':
        return P.peristiwa.proses;
      case 'perpanjang':
        return isiTeks(P.peristiwa.perpanjang, { alasan: e.reason });
      case 'jawab': {
        const h = P.hasil[e.outcome];
        const dasar = e.grounds?.length ? isiTeks(P.dasarTolak, { huruf: e.grounds.join(', ') }) : undefined;
        const pemegang = e.holder ? isiTeks(P.pemegang, { badan: e.holder }) : undefined;
        // A refusal's consequence of disclosure and the other law of ground j, named as the SDK names them.
        const tolak = (['consequence', 'otherLaw'] as const).map((k) => {
          const x = e[k];
          const l = LABEL_PENOLAKAN[k];
          return x ? { id: `${l.id}: ${x}`, en: `${l.en}: ${x}` } : undefined;
        });
        const ekor = [dasar, ...tolak, pemegang].filter((x): x is Teks => x !== undefined);
        // Joined with ". ": an officer's own full stop at the end of a part is not doubled.
        const kalimat = (b: 'id' | 'en') =>
          [P.peristiwa.jawab[b].replace('{hasil}', h[b]), ...ekor.map((x) => x[b].replace(/\.$/, ''))].join(
            '. ',
          );
        return { id: kalimat('id'), en: kalimat('en') };
      }
      case 'keberatan':
        return isiTeks(P.peristiwa.keberatan, { nomor: e.number });
      case 'putusan-keberatan': {
        // The Atasan PPID's decision, in the SDK's words, with its reasons.
        const l = LABEL_PUTUSAN_KEBERATAN[e.decision];
        return { id: `${l.id}: ${e.reason}`, en: `${l.en}: ${e.reason}` };
      }
      case 'selesai':
        return P.peristiwa.selesai;
    }
  }
}

// After the class, not as a static field (a class static block for Safari before 16.4).
PpidStatusPermintaan.styles = [temaStyles, formulirStyles, statusStyles];
