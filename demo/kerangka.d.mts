export interface HalamanTersusun {
  isi: Buffer;
  etag: string;
  diubah: Date;
}
export declare function susunHalaman(kerangka: string, bagian: string, nama?: string): string;
export declare function pemuatHalaman(
  folderSitus: string,
  berkasKerangka: string,
): (nama: string) => HalamanTersusun | undefined;
