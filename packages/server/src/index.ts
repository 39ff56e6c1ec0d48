/**
 * @terbuka/server — the intake server for permintaan and keberatan: SQLite storage, registration
 * numbers, receipts, status lookup, officer endpoints and the yearly access report.
 * @packageDocumentation
 */
export {};
