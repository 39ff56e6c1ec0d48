import type { TandaBuktiDiterima } from '@terbuka/sdk';
import { PpidPermintaan } from './permintaan.js';

PpidPermintaan.define('ppid-permintaan');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-permintaan': PpidPermintaan;
  }
  /** The form's event, typed wherever it is listened to (the element, the document, the window). */
  interface GlobalEventHandlersEventMap {
    /** A submission arrived: `detail` is its receipt (number, deadline, … and an objection's requestLink). */
    'ppid-terkirim': CustomEvent<TandaBuktiDiterima>;
  }
}
