import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Konfigurasi } from '../konfigurasi.js';

/**
 * What the office is told. No personal data: the number, the kind and the deadline are enough to open
 * the officer page; e-mail travels in clear through many servers.
 */
export interface Pesan {
  readonly event: 'diterima' | 'tenggat';
  readonly number: string;
  readonly kind: 'permintaan' | 'keberatan';
  readonly agency: { readonly id: string; readonly name: string };
  readonly receivedOn: string;
  readonly deadline: string;
  readonly to: readonly string[];
}

export type Kirim = (p: Pesan) => Promise<void>;

function subjek(p: Pesan): string {
  const jenis = p.kind === 'permintaan' ? 'Permintaan informasi' : 'Keberatan';
  return p.event === 'diterima'
    ? `[PPID] ${jenis} baru ${p.number} — tenggat ${p.deadline}`
    : `[PPID] Tenggat ${p.number} tinggal dua hari kerja (${p.deadline})`;
}

function isi(p: Pesan, officerUrl?: string): string {
  const jenis = p.kind === 'permintaan' ? 'Permintaan informasi' : 'Keberatan';
  return [
    p.event === 'diterima'
      ? `${jenis} baru diterima oleh ${p.agency.name}.`
      : `Tenggat ${jenis.toLowerCase()} berikut sudah dekat dan belum dijawab.`,
    '',
    `Nomor pendaftaran: ${p.number}`,
    `Tanggal diterima: ${p.receivedOn}`,
    `Tenggat jawaban: ${p.deadline}`,
    ...(officerUrl ? ['', `Buka halaman petugas: ${officerUrl}`] : []),
    '',
    '— Terbuka (pesan otomatis; data pemohon hanya ada di halaman petugas)',
  ].join('\n');
}

/** Senders for the configured channels; none when no channel is configured. */
export function buatPengirim(k: Konfigurasi): Kirim | undefined {
  const { smtp, webhook, officerUrl } = k.notifications;
  const kirim: Kirim[] = [];
  if (smtp) {
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    });
    kirim.push(async (p) => {
      if (p.to.length === 0) return;
      await transport.sendMail({
        from: smtp.from,
        to: [...p.to],
        subject: subjek(p),
        text: isi(p, officerUrl),
      });
    });
  }
  if (webhook) {
    kirim.push(async (p) => {
      const { to: _to, ...muatan } = p;
      const badan = JSON.stringify({ ...muatan, subject: subjek(p) });
      const res = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(webhook.secret
            ? {
                'x-terbuka-signature': `sha256=${createHmac('sha256', webhook.secret).update(badan).digest('hex')}`,
              }
            : {}),
        },
        body: badan,
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`webhook HTTP ${res.status}`);
    });
  }
  if (kirim.length === 0) return undefined;
  return async (p) => {
    for (const f of kirim) await f(p);
  };
}
