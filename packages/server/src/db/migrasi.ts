import type { Database } from 'better-sqlite3';

/** One schema step. Steps are append-only: a released step is never edited, a new one is added. */
export interface Migrasi {
  readonly versi: number;
  readonly nama: string;
  readonly sql: string;
}

export const MIGRASI: readonly Migrasi[] = [
  {
    versi: 1,
    nama: 'pengajuan, urutan nomor, idempotensi, notifikasi',
    sql: `
      -- One row per permintaan or keberatan. Personal data lives only in 'body' and the two contact
      -- columns (normalised, for the status lookup).
      CREATE TABLE pengajuan (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('permintaan', 'keberatan')),
        agency        TEXT NOT NULL,
        year          INTEGER NOT NULL,
        seq           INTEGER NOT NULL,
        number        TEXT NOT NULL UNIQUE,
        received_at   TEXT NOT NULL,
        received_on   TEXT NOT NULL,
        contact_email TEXT,
        contact_phone TEXT,
        body          TEXT NOT NULL,
        receipt       TEXT NOT NULL,
        status        TEXT NOT NULL,
        deadline      TEXT NOT NULL,
        history       TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pengajuan_daftar ON pengajuan (agency, kind, received_on);
      CREATE INDEX pengajuan_status ON pengajuan (status, deadline);

      -- The last number issued per agency, year (and kind, when the template tells kinds apart). A
      -- counter, never MAX(seq) + 1: deleting rows (retention) can never bring a number back.
      CREATE TABLE urutan (
        agency TEXT NOT NULL,
        year   INTEGER NOT NULL,
        kind   TEXT NOT NULL,
        last   INTEGER NOT NULL,
        PRIMARY KEY (agency, year, kind)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE idempotensi (
        key        TEXT PRIMARY KEY,
        kind       TEXT NOT NULL,
        body_hash  TEXT NOT NULL,
        pengajuan  INTEGER NOT NULL REFERENCES pengajuan (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Outbox: a notification is written in the same transaction as what caused it, then sent.
      CREATE TABLE notifikasi (
        id         INTEGER PRIMARY KEY,
        pengajuan  INTEGER NOT NULL REFERENCES pengajuan (id) ON DELETE CASCADE,
        event      TEXT NOT NULL,
        due        TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at    TEXT,
        attempts   INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        UNIQUE (pengajuan, event, due)
      ) STRICT;
      CREATE INDEX notifikasi_tertunda ON notifikasi (sent_at) WHERE sent_at IS NULL;
    `,
  },
  {
    versi: 2,
    nama: 'nomor pendaftaran dicari tanpa membedakan huruf besar/kecil',
    sql: `
      -- A number typed from a printed receipt on a phone often arrives in lower case: the lookup (status,
      -- a keberatan's request) ignores case, through this index, the same way for every number.
      CREATE INDEX pengajuan_nomor_nocase ON pengajuan (number COLLATE NOCASE);
    `,
  },
];

/**
 * Brings the schema up to date: every step not yet in `migrasi` runs in its own transaction with its
 * record, so a crash leaves either the old or the new schema. Running it again does nothing.
 */
export function jalankanMigrasi(db: Database, daftar: readonly Migrasi[] = MIGRASI): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrasi (
    versi      INTEGER PRIMARY KEY,
    nama       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const sudah = new Set(
    (db.prepare('SELECT versi FROM migrasi').all() as { versi: number }[]).map((r) => r.versi),
  );
  const catat = db.prepare('INSERT INTO migrasi (versi, nama, applied_at) VALUES (?, ?, ?)');
  const dijalankan: number[] = [];
  for (const m of [...daftar].sort((a, b) => a.versi - b.versi)) {
    if (sudah.has(m.versi)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      catat.run(m.versi, m.nama, new Date().toISOString());
    }).immediate();
    dijalankan.push(m.versi);
  }
  return dijalankan;
}
