/**
 * @terbuka/sdk — the standard of Indonesian public-information service as code.
 *
 * One SDK is used unchanged by the widgets, the monitor and the intake server, so a badge, a panel and
 * a report can never disagree.
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './standard/index.js';
export * from './calendar/index.js';
export * from './dip/index.js';
export * from './dip-publik/index.js';
export * from './scoring/index.js';
export * from './feed/index.js';
export * from './pemantauan/index.js';
export * from './lencana/index.js';
export * from './request/index.js';
