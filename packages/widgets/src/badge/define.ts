import { PpidBadge } from './badge.js';

PpidBadge.define('ppid-badge');

declare global {
  interface HTMLElementTagNameMap {
    'ppid-badge': PpidBadge;
  }
}
