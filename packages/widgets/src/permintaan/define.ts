import { PpidPermintaan } from './permintaan.js';

PpidPermintaan.define('ppid-permintaan');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-permintaan': PpidPermintaan;
  }
}
