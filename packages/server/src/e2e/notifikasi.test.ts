import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import {
  contohPermintaan,
  direktoriUji,
  kirim,
  mulaiServer,
  RAHASIA,
  SHA_TOKEN_PETUGAS,
  TOKEN_PETUGAS,
  AGENSI_UJI,
  type ProsesServer,
} from '../uji/proses.js';

interface Surel {
  to: string[];
  data: string;
}
const surel: Surel[] = [];
const kait: { body: string; signature: string | undefined }[] = [];
let smtp: SMTPServer;
let penerima: Server;
let portSmtp = 0;
let portKait = 0;
const RAHASIA_KAIT = 'rahasia-kait-uji';

const { dir, hapus } = direktoriUji();
let s: ProsesServer;

function konfigurasi() {
  return {
    agencies: [{ ...AGENSI_UJI, notify: ['ppid@diskominfo.sukamajukab.go.id'] }],
    officers: [{ name: 'PPID', tokenSha256: SHA_TOKEN_PETUGAS }],
    notifications: {
      smtp: { host: '127.0.0.1', port: portSmtp, from: 'terbuka@diskominfo.sukamajukab.go.id' },
      webhook: { url: `http://127.0.0.1:${portKait}/kait`, secret: RAHASIA_KAIT },
      checkSeconds: 1,
    },
  };
}

async function tunggu(syarat: () => boolean, ms = 8000) {
  const akhir = Date.now() + ms;
  while (!syarat()) {
    if (Date.now() > akhir) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const jeda = (ms: number) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  // A local SMTP sink (no TLS, no auth) and a webhook receiver, both on loopback.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      let data = '';
      stream.on('data', (d: Buffer) => (data += d.toString()));
      stream.on('end', () => {
        surel.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  portSmtp = (smtp.server.address() as AddressInfo).port;
  penerima = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      kait.push({ body, signature: req.headers['x-terbuka-signature'] as string | undefined });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => penerima.listen(0, '127.0.0.1', () => r()));
  portKait = (penerima.address() as AddressInfo).port;
});
after(async () => {
  await s?.berhenti();
  await new Promise((r) => smtp.close(() => r(undefined)));
  await new Promise((r) => penerima.close(() => r(undefined)));
  hapus();
});

const nomor: string[] = [];

describe('notifications', () => {
  test('a new request → one e-mail to the office and one signed webhook, without personal data', async () => {
    s = await mulaiServer({ dir, now: '2026-03-13T09:00:00+07:00', konfigurasi: konfigurasi() });
    for (const info of ['Dijawab hari ini', 'Belum dijawab']) {
      const r = await kirim(s.alamat, '/v1/permintaan', contohPermintaan({ information: info }), {
        'idempotency-key': `notif-${info.replace(/ /g, '-')}-kunci`,
      });
      assert.equal(r.status, 201);
      nomor.push((r.body as { number: string }).number);
    }
    await tunggu(() => surel.length >= 2 && kait.length >= 2);
    assert.deepEqual(surel[0]!.to, ['ppid@diskominfo.sukamajukab.go.id']);
    assert.ok(surel[0]!.data.includes(`Nomor pendaftaran: ${nomor[0]}`), surel[0]!.data);
    const k = JSON.parse(kait[0]!.body) as { event: string; number: string; deadline: string };
    assert.equal(k.event, 'diterima');
    assert.equal(k.number, nomor[0]);
    assert.equal(k.deadline, '2026-04-06');
    const harap = `sha256=${createHmac('sha256', RAHASIA_KAIT).update(kait[0]!.body).digest('hex')}`;
    assert.equal(kait[0]!.signature, harap);
    for (const x of [...surel.map((m) => m.data), ...kait.map((m) => m.body)]) {
      for (const r of [RAHASIA.nik, RAHASIA.email, RAHASIA.phone, RAHASIA.phoneE164, 'Siti']) {
        assert.equal(x.includes(r), false, `notification contains ${r}`);
      }
    }
    // The first request is answered at once: it needs no reminder later.
    const daftar = (
      await kirim(
        s.alamat,
        '/v1/petugas/pengajuan',
        undefined,
        { authorization: `Bearer ${TOKEN_PETUGAS}` },
        'GET',
      )
    ).body as { items: { id: number; number: string }[] };
    const id = daftar.items.find((i) => i.number === nomor[0])!.id;
    const j = await kirim(
      s.alamat,
      `/v1/petugas/pengajuan/${id}/peristiwa`,
      { type: 'jawab', outcome: 'dikabulkan' },
      { authorization: `Bearer ${TOKEN_PETUGAS}` },
    );
    assert.equal(j.status, 200);
  });

  test('31 March (three working days before 6 April): no reminder yet', async () => {
    await s.berhenti();
    const awal = { surel: surel.length, kait: kait.length };
    s = await mulaiServer({ dir, now: '2026-03-31T08:00:00+07:00', konfigurasi: konfigurasi() });
    await jeda(2500); // more than two periodic checks
    assert.deepEqual({ surel: surel.length, kait: kait.length }, awal);
  });

  test('1 April (two working days before, Good Friday in between): one reminder, for the open request only', async () => {
    await s.berhenti();
    const awal = kait.length;
    s = await mulaiServer({ dir, now: '2026-04-01T08:00:00+07:00', konfigurasi: konfigurasi() });
    await tunggu(() => kait.length > awal);
    await jeda(2200);
    const baru = kait.slice(awal).map((k) => JSON.parse(k.body) as { event: string; number: string });
    assert.deepEqual(baru, [{ ...baru[0]!, event: 'tenggat', number: nomor[1]! }]);
    assert.ok(
      surel.some((m) => /sudah dekat/.test(m.data) && m.data.includes(`Nomor pendaftaran: ${nomor[1]}`)),
    );
  });

  test('a restart on the same day sends nothing twice', async () => {
    await s.berhenti();
    const awal = { surel: surel.length, kait: kait.length };
    s = await mulaiServer({ dir, now: '2026-04-01T10:00:00+07:00', konfigurasi: konfigurasi() });
    await jeda(2200);
    assert.deepEqual({ surel: surel.length, kait: kait.length }, awal);
  });
});
