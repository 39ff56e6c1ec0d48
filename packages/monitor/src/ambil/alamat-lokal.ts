// Which IP addresses the monitor refuses to connect to: a site's redirect, robots.txt or DNS answer
// must not make the nightly scan read the runner's own network (a cloud metadata service, an admin
// page on 127.0.0.1) and publish it in the evidence pages. Checked on the address actually connected
// to (the lookup the socket uses), so a DNS answer that changes between two lookups cannot slip past.
import { lookup as lookupDNS, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const TERLARANG = new BlockList();
for (const [awal, panjang] of [
  ['0.0.0.0', 8], // "this network", the unspecified 0.0.0.0
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (RFC 6598); Alibaba's metadata at 100.100.100.200
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local; the cloud metadata service at 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments (Oracle's metadata at 192.0.0.192)
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 3], // multicast, reserved, broadcast
] as const)
  TERLARANG.addSubnet(awal, panjang, 'ipv4');
for (const [awal, panjang] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (AWS metadata at fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  TERLARANG.addSubnet(awal, panjang, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) IPv6 address. */
function ipv4Dalam(a: string): string | undefined {
  const bagian = a.toLowerCase().split('::');
  if (bagian.length > 2) return undefined;
  const kiri = bagian[0] ? bagian[0].split(':') : [];
  let kanan = bagian.length === 2 && bagian[1] ? bagian[1].split(':') : [];
  const akhir = (bagian.length === 2 ? kanan : kiri).at(-1) ?? '';
  const titik = akhir.includes('.') ? akhir : undefined;
  if (titik) {
    const o = titik.split('.').map(Number);
    const kelompok = [((o[0]! << 8) | o[1]!).toString(16), ((o[2]! << 8) | o[3]!).toString(16)];
    if (bagian.length === 2) kanan = [...kanan.slice(0, -1), ...kelompok];
    else kiri.splice(-1, 1, ...kelompok);
  }
  const isi =
    bagian.length === 2 ? [...kiri, ...Array(8 - kiri.length - kanan.length).fill('0'), ...kanan] : kiri;
  if (isi.length !== 8) return undefined;
  const g = isi.map((x) => parseInt(x || '0', 16));
  const awalan = g.slice(0, 6).join(',');
  if (awalan !== '0,0,0,0,0,65535' && awalan !== '100,65435,0,0,0,0') return undefined;
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join('.');
}

/** True for loopback, private, link-local, CGNAT, unspecified, multicast and metadata addresses. */
export function alamatTerlarang(alamat: string): boolean {
  const a = alamat.replace(/^\[|\]$/g, '');
  const jenis = isIP(a);
  if (jenis === 4) return TERLARANG.check(a, 'ipv4');
  if (jenis !== 6) return false;
  const v4 = ipv4Dalam(a);
  if (v4 !== undefined) return TERLARANG.check(v4, 'ipv4');
  return TERLARANG.check(a, 'ipv6');
}

/** The error a refused address becomes; `klasifikasiGalat` turns it into the recorded reason. */
export const KODE_ALAMAT_TERLARANG = 'ERR_TERBUKA_ALAMAT_TERLARANG';

export class GalatAlamatTerlarang extends Error {
  readonly code = KODE_ALAMAT_TERLARANG;
  constructor(
    readonly host: string,
    readonly alamat: string,
  ) {
    super(`${host} resolves to ${alamat}, a local or private address; not fetched`);
    this.name = 'GalatAlamatTerlarang';
  }
}

type Panggilan = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the sockets (net.connect / tls.connect): DNS as usual, then the refused addresses are
 * dropped; when none is left the connection fails with `GalatAlamatTerlarang`.
 */
export function lookupAman(hostname: string, opsi: LookupOptions, panggil: Panggilan): void {
  lookupDNS(hostname, { ...opsi, all: true }, (err, daftar) => {
    if (err) return panggil(err, opsi.all ? [] : '');
    const boleh = daftar.filter((d) => !alamatTerlarang(d.address));
    if (boleh.length === 0)
      return panggil(new GalatAlamatTerlarang(hostname, daftar[0]?.address ?? ''), opsi.all ? [] : '');
    if (opsi.all) return panggil(null, boleh);
    return panggil(null, boleh[0]!.address, boleh[0]!.family);
  });
}
