import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const JENIS: Record<string, string>;
export declare const UKURAN_MINIMUM: number;
export declare function jumlahPemampatan(): number;
export declare function etagIsi(isi: Buffer): string;
export declare function pilihPengodean(terima: string | undefined): 'br' | 'gzip' | undefined;
export declare function kirim(
  req: IncomingMessage,
  res: ServerResponse,
  badan: {
    isi: Buffer;
    jenis: string;
    etag: string;
    diubah?: Date;
    /** The body sent, made from `isi` for this response alone (not called for a 304). */
    buatBadan?: (isi: Buffer) => Buffer;
  },
): Promise<void>;
type Penangan = (req: IncomingMessage, res: ServerResponse, berikut: () => void) => unknown;
export declare function pelayanBerkas(folder: string, lainnya: Penangan): Penangan;
