import { PpidStatusPermintaan } from './status-permintaan.js';

PpidStatusPermintaan.define('ppid-status-permintaan');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-status-permintaan': PpidStatusPermintaan;
  }
}
