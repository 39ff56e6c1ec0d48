import type { Masalah, Teks } from '@terbuka/sdk';

/** The error body of every endpoint: `{ errors: Masalah[] }`. */
export interface BadanGalat {
  readonly errors: readonly Masalah[];
}

export function galat(code: string, message: Teks, path = ''): BadanGalat {
  return { errors: [{ severity: 'error', code, path, message }] };
}

/** An error a handler throws to answer with a status and a message (never a 500). */
export class GalatHttp extends Error {
  constructor(
    readonly statusCode: number,
    readonly badan: BadanGalat,
  ) {
    super(badan.errors[0]?.message.en ?? 'error');
    this.name = 'GalatHttp';
  }
}

export const galatHttp = (status: number, code: string, message: Teks, path = '') =>
  new GalatHttp(status, galat(code, message, path));
