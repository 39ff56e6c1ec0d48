import { PpidInformasiBerkala } from './informasi-berkala.js';

PpidInformasiBerkala.define('ppid-informasi-berkala');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-informasi-berkala': PpidInformasiBerkala;
  }
}
