// For tests of stores written by an older server: an answer (`jawab`) appended to a record's history
// directly in the SQLite file, as that server kept it, without today's checks on recording.
import Database from 'better-sqlite3';

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
