// Quoting a value for a problem message: here alone, so the validator's core can name the value of a
// problem without loading the problem words (masalah.ts, label.ts).

/** A value quoted for a message, cut short so a huge cell cannot flood the report. */
export function kutip(nilai: unknown): string {
  let s: string;
  try {
    s = typeof nilai === 'string' ? nilai : (JSON.stringify(nilai) ?? String(nilai));
  } catch {
    s = String(typeof nilai);
  }
  s = s.replace(/[\u0000-\u001F\u007F]/g, ' '); // eslint-disable-line no-control-regex -- shown, not parsed
  if (s.length > 80) s = `${s.slice(0, 77)}…`;
  return typeof nilai === 'string' ? `"${s}"` : s;
}
