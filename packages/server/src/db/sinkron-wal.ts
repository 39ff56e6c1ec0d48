import { close, fsync, open } from 'node:fs';

/** Makes the WAL file durable: fsync off the event loop (the default) or, in tests, a stand-in. */
export type Fsync = () => Promise<void>;

/**
 * The fsync of the intake connection's WAL, off the event loop. That connection commits with
 * synchronous=NORMAL (the frames reach the OS, not the disk); its group commit acknowledges a group only
 * once an fsync that began after the COMMIT has returned — the same promise as synchronous=FULL, whose
 * fsync would stop the event loop. Commits made while an fsync runs share the next one.
 */
export class SinkronWal {
  readonly #fsync: Fsync;
  /** A commit happened since the last fsync began. */
  #kotor = false;
  #berjalan: Promise<void> | undefined;
  #berikut: Promise<void> | undefined;

  constructor(fsync: Fsync) {
    this.#fsync = fsync;
  }

  /** The fsync running now, if any: the group commit waits for it, so what arrives meanwhile shares one commit. */
  get berjalan(): Promise<void> | undefined {
    return this.#berjalan;
  }

  /** After a COMMIT: settles once that commit is on disk. */
  setelahKomit(): Promise<void> {
    this.#kotor = true;
    return this.tunggu();
  }

  /** Settles once every commit made before this call is on disk (at once when all are). */
  tunggu(): Promise<void> {
    if (!this.#kotor) return this.#berikut ?? this.#berjalan ?? Promise.resolve();
    this.#kotor = false;
    if (!this.#berjalan) return this.#mulai();
    // The fsync running may have begun before this commit: the next one covers it.
    this.#berikut ??= this.#berjalan.then(
      () => this.#mulai(),
      () => this.#mulai(),
    );
    return this.#berikut;
  }

  #mulai(): Promise<void> {
    this.#berikut = undefined;
    const p = this.#fsync();
    this.#berjalan = p;
    const selesai = (gagal: boolean) => {
      if (this.#berjalan === p) this.#berjalan = undefined;
      // A failed fsync leaves its commits unsynced: the next wait must sync again.
      if (gagal) this.#kotor = true;
    };
    p.then(
      () => selesai(false),
      () => selesai(true),
    );
    return p;
  }
}

/**
 * fsync of a database's `-wal` file through a descriptor of its own (SQLite keeps its locks on the
 * database and `-shm` files, not on the WAL). SQLite deletes or replaces the WAL only when the last
 * connection closes; this server keeps its connections open while it runs, so one descriptor, opened at
 * the first sync, stays the file SQLite writes.
 */
export function fsyncWal(database: string): Fsync & { tutup(): Promise<void> } {
  const berkas = `${database}-wal`;
  let fd: number | undefined;
  const f: Fsync = () =>
    new Promise((ok, gagal) => {
      const sync = (d: number) => fsync(d, (e) => (e ? gagal(e) : ok()));
      if (fd !== undefined) return sync(fd);
      open(berkas, 'r', (e, d) => {
        if (e) return gagal(e);
        fd ??= d;
        if (fd !== d) close(d, () => {});
        sync(fd);
      });
    });
  return Object.assign(f, {
    tutup: () =>
      new Promise<void>((ok) => {
        if (fd === undefined) return ok();
        close(fd, () => ok());
        fd = undefined;
      }),
  });
}
