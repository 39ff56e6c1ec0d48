import type { FastifyServerOptions } from 'fastify';

/**
 * Paths whose values never reach a log line. Request bodies are never logged at all; these catch a
 * careless `log.info({ requester })` too. The tests grep captured logs for the NIK, phone and e-mail.
 */
export const JALUR_RAHASIA = [
  'req.headers.authorization',
  'req.headers.cookie',
  'body',
  'requester',
  'contact',
  'nik',
  'phone',
  'email',
  '*.body',
  '*.requester',
  '*.contact',
  '*.nik',
  '*.phone',
  '*.email',
  '*.*.nik',
  '*.*.phone',
  '*.*.email',
];

export function opsiLog(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: JALUR_RAHASIA, censor: '[disembunyikan]' },
    serializers: {
      // Only what is needed to follow a request: no headers, no query string (filters may hold dates
      // only, but a habit of logging them would not stay harmless), no body.
      req: (req: { method: string; url: string; ip?: string; id?: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        ip: req.ip,
      }),
    },
  };
}
