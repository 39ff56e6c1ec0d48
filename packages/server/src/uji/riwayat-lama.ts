// For tests of stores written by an older server: an answer (`jawab`) appended to a record's history
// directly in the SQLite file, as that server kept it, without today's checks on recording.
import Database from 'better-sqlite3';
import { tambahHariKerja } from '@terbuka/sdk';

export interface JawabanLama {
  readonly at: string;
  readonly outcome: string;
  readonly grounds?: readonly string[];
  /** The next deadline and its kind (the objection's window after a request, the dispute's after one). */
  readonly deadline: string;
  readonly deadlineKind: string;
}

/** Appends `jawab` to the history of record `id` and sets its status `dijawab` with the next deadline. */
export function tulisJawabanLama(database: string, id: number, j: JawabanLama): void {
  const db = new Database(database);
  try {
    const b = db.prepare('SELECT history FROM pengajuan WHERE id = ?').get(id) as { history: string };
    const h = JSON.parse(b.history) as { events: Record<string, unknown>[] };
    const { deadline, deadlineKind } = j;
    const jawab = {
      at: j.at,
      type: 'jawab',
      outcome: j.outcome,
      ...(j.grounds ? { grounds: j.grounds } : {}),
      due: h.events[0]!['deadline'],
      late: false,
      status: 'dijawab',
      deadline,
      deadlineKind,
    };
    const baru = { ...h, status: 'dijawab', deadline, deadlineKind, events: [...h.events, jawab] };
    db.prepare('UPDATE pengajuan SET status = ?, deadline = ?, history = ? WHERE id = ?').run(
      'dijawab',
      deadline,
      JSON.stringify(baru),
      id,
    );
  } finally {
    db.close();
  }
}

/**
 * Rewrites the stored times of record `id` as an older server (or an agency's zone since changed) left them:
 * `receivedAt` in the row, and each event's `at` by its place in the history (undefined leaves one as is).
 * The instants are the caller's to keep; only their written form changes.
 */
export function tulisWaktuLama(
  database: string,
  id: number,
  w: { readonly receivedAt?: string; readonly at?: readonly (string | undefined)[] },
): void {
  const db = new Database(database);
  try {
    const b = db.prepare('SELECT history FROM pengajuan WHERE id = ?').get(id) as { history: string };
    const h = JSON.parse(b.history) as { events: Record<string, unknown>[] };
    const events = h.events.map((e, i) => (w.at?.[i] === undefined ? e : { ...e, at: w.at[i] }));
    db.prepare('UPDATE pengajuan SET history = ? WHERE id = ?').run(JSON.stringify({ ...h, events }), id);
    if (w.receivedAt !== undefined)
      db.prepare('UPDATE pengajuan SET received_at = ? WHERE id = ?').run(w.receivedAt, id);
  } finally {
    db.close();
  }
}

/** Record `id` answered (granted) on 3 November 2026, its objection period from then: the damaged-store tests' one answer. */
export const jawabNovember = (database: string, id: number): void =>
  tulisJawabanLama(database, id, {
    at: '2026-11-03T10:00:00+07:00',
    outcome: 'dikabulkan',
    deadline: tambahHariKerja('2026-11-03', 30),
    deadlineKind: 'keberatan',
  });
