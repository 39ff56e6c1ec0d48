import type * as Periksa from './periksa.js';
import type * as PeriksaSemua from './periksa-semua.js';
import { pemuatSamping } from '../berkas-samping.iife.js';

/** In the classic-script build the admin's checklists are files next to the script. */
export const muatPeriksa = pemuatSamping<typeof Periksa>('terbuka-periksa.js');
export const muatPeriksaSemua = pemuatSamping<typeof PeriksaSemua>('terbuka-periksa-semua.js');
