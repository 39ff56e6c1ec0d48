// What a badge needs only when it has a problem to show, loaded with import() then (one lazy chunk;
// inlined in terbuka.min.js): its words for problems, the SDK's sentences for an unverified feed, and
// the error and empty cards with the retry button and their styles.
import { isiTeks, pesanMasalahFeed, pesanVerifikasi, pilihTeks } from '@terbuka/sdk';
import type { Bahasa, HasilPeriksaTandaTangan, TataLetakLencana, TeksLencana, Teks } from '@terbuka/sdk';
import { h, s } from '../internal/dom.js';
import { fokusSekali } from '../internal/fokus.js';
import { formatWaktu, zonaBadan } from '../internal/format-waktu.js';
import { PESAN_LENCANA_INTI } from '../internal/pesan-lencana-inti.js';
import { PESAN_LENCANA_MASALAH as K } from '../internal/pesan-lencana-masalah.js';
import type { BacaanLencana } from './bacaan.js';
import type { PpidBadge } from './badge.js';

export { KARTU_CSS } from './kartu.styles.js';

export { PESAN_LENCANA_MASALAH } from '../internal/pesan-lencana-masalah.js';

/**
 * Why a feed is not verified, in words. A pinned key that is not written as a monitor's public key is (43
 * characters of base64url: one lost in copying) is never tried, and the SDK would say the feed is signed by a
 * key the page does not trust: the attribute is named instead, with the length it has.
 */
export const kataVerifikasi = (
  v: Extract<HasilPeriksaTandaTangan, { verified: false }>,
  kunci: readonly string[],
): Teks => {
  const salah = kunci.find((x) => !/^[\w-]{43}$/.test(x));
  return salah === undefined ? pesanVerifikasi(v) : isiTeks(K.kunciSalahBentuk, { n: [...salah].length });
};

/** What the badge's source controller holds that its problem card words. */
interface SumberBermasalah {
  readonly galat?: Teks | undefined;
  readonly pesan: { readonly data: Teks };
  /** The last reading, also one that was not shown (an invalid feed). */
  readonly terakhir?: BacaanLencana | undefined;
}

/** Feed readings already reported in the console (a card is drawn again on every update). */
const dilaporkan = new WeakSet<object>();

/**
 * Why the source shows no badge, in words. An invalid feed also lists its problems, worded by the SDK,
 * once in the console: the card says only that the feed is invalid (the whole feed is refused, whichever
 * agency's entry is faulty), and the admin needs the place and the rule.
 */
export function kataSumber(s: SumberBermasalah): Teks {
  const b = s.terakhir;
  if (b?.jenis === 'feed' && !b.hasil.ok && !dilaporkan.has(b)) {
    dilaporkan.add(b);
    const rincian = b.hasil.errors.map((m) => {
      const p = pesanMasalahFeed(m).message;
      return `\n- ${p.id} / ${p.en}`;
    });
    console.warn(
      `[terbuka] <ppid-badge>: feed pemantauan tidak sah, tidak dipakai / the monitoring feed is invalid, not used${
        rincian.join('') || '\n- bukan JSON / not JSON'
      }`,
    );
  }
  return kataKode(s.galat ?? s.pesan.data);
}

/** A source failure, as the badge's source controller reports it (a code, see badge.ts), in words. */
function kataKode(g: Teks): Teks {
  return g.en === 'http'
    ? isiTeks(K.galatHttp, { status: g.id })
    : g.en === 'jaringan'
      ? K.galatJaringan
      : g.en === 'waktu'
        ? K.galatWaktu
        : g.en === 'dip'
          ? K.dipTidakSah
          : g.en === 'bagian'
            ? K.galatBagian
            : K.feedTidakSah;
}

/**
 * Over a badge shown from a saved copy (`hasil`), for its accessible name: why it was not updated (`galat`)
 * and the time of the copy (`dari`) in the agency's zone, named: `agency-timezone`, else the saved DIP's
 * (self-assessed mode), else WIB. In both languages.
 */
export function kataSalinan(
  galat: Teks | undefined,
  dari: string | undefined,
  hasil: BacaanLencana | undefined,
  el: { readonly agencyTimezone?: string | undefined },
): Teks {
  const zona = zonaBadan(el.agencyTimezone, hasil?.jenis === 'dip' ? hasil.document?.agency : undefined);
  const kata = (b: Bahasa): string =>
    [
      galat && pilihTeks(kataKode(galat), b),
      dari && pilihTeks(isiTeks(K.salinanTersimpan, { tanggal: formatWaktu(dari, b, zona) }), b),
    ]
      .filter(Boolean)
      .join(' ');
  return { id: kata('id'), en: kata('en') };
}

/** The retry button over a badge shown from a saved copy: right edge, 24×24 (a WCAG 2.2 target). */
const TOMBOL = 24;

/**
 * The retry button (24×24, a WCAG 2.2 target): `ulang atas` over a badge shown from a saved copy, whose
 * layout `t` then has the texts that would run under it squeezed to stop before it.
 */
export function tombolUlang(
  kelas: string,
  label: string,
  ulang: () => Promise<void>,
  t?: TataLetakLencana,
): HTMLElement {
  if (t) {
    const tepi = t.width - TOMBOL - 4;
    for (const x of t.texts as { -readonly [k in keyof TeksLencana]: TeksLencana[k] }[])
      if (x.anchor === 'start' && x.y > t.height - TOMBOL && x.x + x.maxWidth > tepi) x.maxWidth = tepi - x.x;
  }
  // Named by its title alone (also the tooltip): an aria-label too was read again as the description.
  const b = h(
    'button',
    { part: 'retry', type: 'button', class: kelas, title: label },
    s(
      'svg',
      { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false' },
      s('path', {
        d: 'M13 8a5 5 0 1 1-1.6-3.7M13 2.5V5h-2.5',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 1.8,
      }),
    ),
  );
  b.onclick = async () => {
    // The button goes while the badge reloads (and the badge is drawn anew): the keyboard user stays on
    // the badge itself instead of falling to the top of the page, and once it is back, on its link (or
    // its image without one), which has a role and the badge's sentence, not on the bare element.
    const host = (b.getRootNode() as ShadowRoot).host as PpidBadge | undefined;
    const papan = host && b.matches(':focus');
    if (papan) fokusSekali(host);
    await ulang();
    await host?.updateComplete;
    const z = papan && host.matches(':focus') && host.shadowRoot!.querySelector<HTMLElement>('a,.lencana');
    if (z) {
      // Moving the focus into its shadow root is no blur for the host: its tabindex goes here.
      host.removeAttribute('tabindex');
      fokusSekali(z);
    }
  };
  return b;
}

/**
 * The error or empty card of `el`: the short heading, the reason — no source given, the agency not in the
 * feed (`ada`: the source read; with the feed's verification failure when it did not verify), else the source's failure (also the self-assessed mode's chunk not loaded:
 * a part of the badge missing) — and, unless the source read, a retry button (`ulang`: its label and action). Here, not in
 * badge.ts, so that the feed-mode badge carries the choice of reason only in this lazy chunk.
 */
export function kartu(
  el: PpidBadge,
  sumber: SumberBermasalah,
  ada: boolean,
  ulang: readonly [label: string, ulang: () => Promise<void>],
): (Node | false)[] {
  const t = (x: Teks): string => pilihTeks(isiTeks(x, { agency: el.agency ?? '' }), el.bahasa);
  const b = sumber.terakhir;
  const alasan = t(
    !(el.feed ? el.agency : el.src)
      ? K.tanpaSumber
      : !ada
        ? kataSumber(sumber)
        : b?.jenis === 'feed' && !b.verifikasi.ok
          ? {
              id: `${K.tidakAdaDiFeedTakTerverifikasi.id} ${b.verifikasi.pesan.id}`,
              en: `${K.tidakAdaDiFeedTakTerverifikasi.en} ${b.verifikasi.pesan.en}`,
            }
          : K.tidakAdaDiFeed,
  );
  return [
    h(
      'div',
      // Polite for an error too: a badge is often in the footer, and an alert would cut into what the
      // reader is reading while the page still loads (the lists, a page's main content, keep alert).
      { part: 'notice', class: 'kartu', role: 'status' },
      h(
        'p',
        { class: 'teks' },
        h('strong', {}, t(PESAN_LENCANA_INTI.tidakTersedia)),
        ' ',
        h('span', { class: 'alasan', title: alasan }, alasan),
      ),
    ),
    !ada && tombolUlang('ulang', ...ulang),
  ];
}
