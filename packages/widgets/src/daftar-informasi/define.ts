import { PpidDaftarInformasi } from './daftar-informasi.js';

PpidDaftarInformasi.define('ppid-daftar-informasi');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-daftar-informasi': PpidDaftarInformasi;
  }
}
