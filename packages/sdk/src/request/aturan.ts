/** Longest accepted text per field, in characters: generous for people, small enough for a database row. */
export const BATAS_PANJANG = {
  name: 200,
  nik: 40, // before separators are removed
  registration: 100,
  address: 500,
  occupation: 100,
  phone: 40,
  email: 254,
  information: 5000,
  purpose: 2000,
  requestNumber: 100,
  caseSummary: 10000,
} as const;
