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
