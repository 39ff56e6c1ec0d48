import { expect } from '@open-wc/testing';
import type { PermintaanTercatat } from './fetch-palsu.js';

/**
 * A clock the test moves, for the network's waits (a request's timeout, the pause before its retry): a
 * timer with a delay runs only when `maju` takes the clock past it, so a 10-second timeout is checked
 * without waiting 10 seconds. A timer without a delay (a "let the page breathe" yield, not a wait) runs on
 * the real clock.
 */
export interface JamPalsu {
  /** The delays of the timers still waiting, in the order they were set. */
  menunggu(): number[];
  /** Moves the clock `ms` forward, running each timer it passes in time order (those they set too). */
  maju(ms: number): void;
  /** Waits in real time (the page's own work: promises, fetch) until `cek` holds; fails after `ms`. */
  sampai(cek: () => boolean, ms?: number): Promise<void>;
  /** Waits 30 ms in real time, the clock standing: what the page does next without it moving has happened. */
  reda(): Promise<void>;
  pulihkan(): void;
}

interface Pewaktu {
  readonly pada: number;
  readonly ms: number;
  readonly f: () => void;
}

/** Replaces window.setTimeout and clearTimeout until `pulihkan`. */
export function pasangJamPalsu(): JamPalsu {
  const setAsli = window.setTimeout;
  const clearAsli = window.clearTimeout;
  let kini = 0;
  // Far from the browser's own ids, which a zero-delay timer still gets.
  let nomor = 1e9;
  const antre = new Map<number, Pewaktu>();
  window.setTimeout = ((f: TimerHandler, ms?: number, ...arg: unknown[]) => {
    if (!ms || ms <= 0) return setAsli(f, 0, ...arg);
    // No code strings here (the widgets are CSP-safe: they never pass one).
    if (typeof f !== 'function') throw new TypeError('setTimeout with a string');
    antre.set(++nomor, { pada: kini + ms, ms, f: () => void f(...arg) });
    return nomor;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && !antre.delete(id)) clearAsli(id);
  }) as typeof window.clearTimeout;
  return {
    menunggu: () => [...antre.values()].map((p) => p.ms),
    maju(ms) {
      const akhir = kini + ms;
      for (;;) {
        let berikut: [number, Pewaktu] | undefined;
        for (const e of antre)
          if (e[1].pada <= akhir && (!berikut || e[1].pada < berikut[1].pada)) berikut = e;
        if (!berikut) break;
        antre.delete(berikut[0]);
        kini = berikut[1].pada;
        berikut[1].f();
      }
      kini = akhir;
    },
    async sampai(cek, ms = 4000) {
      const mulai = performance.now();
      while (!cek()) {
        if (performance.now() - mulai > ms) throw new Error('timed out waiting for a condition');
        await new Promise((r) => setAsli(r, 5));
      }
    },
    reda: () => new Promise((r) => setAsli(r, 30)),
    pulihkan() {
      window.setTimeout = setAsli;
      window.clearTimeout = clearAsli;
    },
  };
}

/**
 * The widgets' network defaults, walked on the test's clock for an element that fetches one source that
 * never answers: the first attempt is cut at 10 s (not a millisecond before), the one retry starts 800 ms
 * later, it too is cut at 10 s, and the element ends in its error state — loading until then.
 */
export async function jalaniBatasBawaan(
  jam: JamPalsu,
  permintaan: readonly PermintaanTercatat[],
  el: { readonly state: string },
): Promise<void> {
  await jam.sampai(() => permintaan.length === 1);
  const pertama = permintaan[0]!.init!.signal!;
  jam.maju(9_999);
  await jam.reda();
  expect([pertama.aborted, el.state]).to.deep.equal([false, 'loading']);
  jam.maju(1);
  expect(pertama.aborted).to.equal(true);
  await jam.reda();
  jam.maju(799);
  await jam.reda();
  expect(permintaan).to.have.length(1);
  jam.maju(1);
  await jam.sampai(() => permintaan.length === 2);
  jam.maju(9_999);
  await jam.reda();
  expect(el.state).to.equal('loading');
  jam.maju(1);
  await jam.sampai(() => el.state === 'error');
  expect(permintaan).to.have.length(2);
}
