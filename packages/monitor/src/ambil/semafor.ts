/**
 * A counting semaphore: at most `batas` holders at once, the rest wait in arrival order. Used for the
 * per-host and global concurrency limits of the fetcher.
 */
export class Semafor {
  private aktif = 0;
  private readonly antre: (() => void)[] = [];

  constructor(readonly batas: number) {
    if (!Number.isInteger(batas) || batas < 1) throw new RangeError(`Semafor: batas ${batas} < 1`);
  }

  /** How many hold it now. */
  get dipakai(): number {
    return this.aktif;
  }

  /** How many wait. */
  get menunggu(): number {
    return this.antre.length;
  }

  /** Resolves once a slot is held; call `lepas()` exactly once afterwards. */
  ambil(): Promise<void> {
    if (this.aktif < this.batas) {
      this.aktif++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.antre.push(resolve));
  }

  lepas(): void {
    const berikut = this.antre.shift();
    // The slot passes straight to the next waiter, so `aktif` stays the same.
    if (berikut) berikut();
    else this.aktif--;
  }
}
