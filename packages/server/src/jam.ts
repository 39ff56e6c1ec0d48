/** The server's clock. Production reads the system clock; only tests start it at a chosen instant. */
export type Jam = () => Date;

export const jamSistem: Jam = () => new Date();

/**
 * A clock that starts at `mulai` and then runs at real speed, so timestamps still advance and order
 * events. Only `terbuka serve --now` in test mode (NODE_ENV=test) builds one.
 */
export function jamMulaiDari(mulai: Date): Jam {
  const selisih = mulai.getTime() - Date.now();
  return () => new Date(Date.now() + selisih);
}
