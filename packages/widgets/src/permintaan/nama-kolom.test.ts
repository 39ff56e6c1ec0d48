import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import './define.js';
import type { PpidPermintaan } from './permintaan.js';
import { buatTandaBukti } from '@terbuka/sdk';
import { kunciTandaBukti, simpanTandaBukti } from './tanda-bukti-tersimpan.js';

// The name a screen reader reads for each field of the request form is the label a sighted reader sees:
// an optional field's "(tidak wajib)" with its space ("Nomor telepon (tidak wajib)", not "Nomor
// telepon(tidak wajib)", which Chromium computed while the space stood alone before the marker). And a
// section two forms on one page both show is named apart by each form's title.

type Simpul = { role?: string; name?: string; children?: Simpul[] };
const semua = (s: Simpul, hasil: Simpul[] = []): Simpul[] => {
  hasil.push(s);
  for (const c of s.children ?? []) semua(c, hasil);
  return hasil;
};

describe('the request form: field names', () => {
  for (const [lang, tidakWajib] of [
    ['id', '(tidak wajib)'],
    ['en', '(optional)'],
  ] as const)
    it(`optional fields are named with a space before ${tidakWajib} (${lang})`, async () => {
      const el = await fixture<PpidPermintaan>(
        html`<ppid-permintaan
          endpoint="https://ppid.uji.go.id/api"
          agency="diskominfo"
          lang=${lang}
        ></ppid-permintaan>`,
      );
      await el.updateComplete;
      const nama = semua((await a11ySnapshot({})) as unknown as Simpul)
        .map((s) => s.name ?? '')
        // The fields' names (and their labels'), not the marker's own text.
        .filter((n) => n.includes(tidakWajib) && n.trim() !== tidakWajib);
      expect(nama.length, 'optional fields found').to.be.greaterThan(1);
      for (const n of nama) {
        const i = n.indexOf(tidakWajib);
        expect([n[i - 2] !== ' ', n[i - 1]], n).to.deep.equal([true, ' ']);
      }
      await expect(el).to.be.accessible();
    });

  it('a request and an objection form on one page name their "earlier requests" sections apart', async () => {
    const API = 'https://ppid.uji.go.id/api';
    localStorage.clear();
    simpanTandaBukti(
      kunciTandaBukti(API, 'diskominfo'),
      buatTandaBukti({
        jenis: 'permintaan',
        nomor: '001/PPID/DISKOMINFO/PI/2026',
        receivedAt: new Date('2026-03-18T03:00:00Z'),
        agency: { id: 'diskominfo', name: 'Diskominfo Uji', timeZone: 'Asia/Jakarta' },
        ringkasan: 'Laporan keuangan 2025',
      }),
    );
    try {
      const el = await fixture<HTMLElement>(
        html`<div>
          <ppid-permintaan endpoint=${API} agency="diskominfo" lang="id"></ppid-permintaan>
          <ppid-permintaan endpoint=${API} agency="diskominfo" mode="keberatan" lang="id"></ppid-permintaan>
        </div>`,
      );
      const nama = semua((await a11ySnapshot({})) as unknown as Simpul)
        .filter((s) => s.role === 'region' && (s.name ?? '').startsWith('Permohonan Anda sebelumnya'))
        .map((s) => s.name);
      expect(nama).to.deep.equal([
        'Permohonan Anda sebelumnya Permohonan Informasi Publik',
        'Permohonan Anda sebelumnya Pengajuan Keberatan',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      localStorage.clear();
    }
  });
});
