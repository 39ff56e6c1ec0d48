// The roots a completed chain is verified against: Node's default store, NODE_EXTRA_CA_CERTS included,
// on a Node that lists it (22.15+) and on one that does not (20, CI's).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AKAR_UJI, ANTARA_UJI } from '../uji/server-tls.js';
import { akarNode } from './akar.js';

const tmp = mkdtempSync(join(tmpdir(), 'terbuka-akar-'));
const berkas = (nama: string, isi: string): string => {
  const p = join(tmp, nama);
  writeFileSync(p, isi);
  return p;
};
/** A Node 20 `node:tls`: no getCACertificates. */
const node20 = { rootCertificates: ['BAWAAN'] };

describe('akarNode', () => {
  it("takes Node's own list of its default store where Node has one", () => {
    const diminta: string[] = [];
    const sumber = {
      rootCertificates: ['BAWAAN'],
      getCACertificates: (jenis: 'default') => {
        diminta.push(jenis);
        return ['BAWAAN', 'TAMBAHAN'];
      },
    };
    const a = akarNode(sumber, { NODE_EXTRA_CA_CERTS: berkas('satu.pem', AKAR_UJI) });
    assert.deepEqual(a.pem, ['BAWAAN', 'TAMBAHAN']);
    assert.deepEqual(diminta, ['default']);
    assert.equal(a.peringatan, undefined);
  });

  it('without it (Node 20): the bundled roots plus every certificate of the NODE_EXTRA_CA_CERTS bundle', () => {
    const p = berkas('dua.pem', `# akar nasional\n${AKAR_UJI}\n${ANTARA_UJI}`);
    const a = akarNode(node20, { NODE_EXTRA_CA_CERTS: p });
    assert.deepEqual(a.pem, ['BAWAAN', AKAR_UJI.trim(), ANTARA_UJI.trim()]);
    assert.equal(a.peringatan, undefined);
    assert.deepEqual(akarNode(node20, {}).pem, ['BAWAAN']);
  });

  it('a NODE_EXTRA_CA_CERTS file that cannot be read: a warning in words id/en naming it', () => {
    const p = join(tmp, 'tidak-ada.pem');
    for (const sumber of [node20, { ...node20, getCACertificates: () => ['BAWAAN'] }]) {
      const a = akarNode(sumber, { NODE_EXTRA_CA_CERTS: p });
      assert.deepEqual(a.pem, ['BAWAAN']);
      assert.equal(a.peringatan?.severity, 'warning');
      assert.equal(a.peringatan?.code, 'tls.node-extra-ca-certs');
      assert.equal(a.peringatan?.path, p);
      assert.match(
        a.peringatan!.message.id,
        /^Berkas NODE_EXTRA_CA_CERTS .*tidak-ada\.pem tidak dapat dibaca \(ENOENT\)/,
      );
      assert.match(a.peringatan!.message.id, /tidak dipercaya/);
      assert.match(
        a.peringatan!.message.en,
        /^The NODE_EXTRA_CA_CERTS file .*tidak-ada\.pem cannot be read \(ENOENT\)/,
      );
    }
  });

  it('a file with no certificate, or with one that does not parse: a warning; the readable ones are kept', () => {
    const kosong = akarNode(node20, { NODE_EXTRA_CA_CERTS: berkas('kosong.pem', 'bukan sertifikat') });
    assert.deepEqual(kosong.pem, ['BAWAAN']);
    assert.match(kosong.peringatan!.message.id, /tidak berisi sertifikat PEM/);
    assert.match(kosong.peringatan!.message.en, /holds no PEM certificate/);
    const rusak = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----';
    const sebagian = akarNode(node20, { NODE_EXTRA_CA_CERTS: berkas('sebagian.pem', AKAR_UJI + rusak) });
    assert.deepEqual(sebagian.pem, ['BAWAAN', AKAR_UJI.trim()]);
    assert.match(sebagian.peringatan!.message.id, /berisi 1 dari 2 sertifikat yang tidak dapat dibaca/);
    assert.match(sebagian.peringatan!.message.en, /holds 1 of 2 certificates that cannot be read/);
  });
});
