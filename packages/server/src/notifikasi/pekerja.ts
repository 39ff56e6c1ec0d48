import { tambahHariKerja, tanggalDiZona } from '@terbuka/sdk';
import type { Konteks } from '../konteks.js';
import { opsiKalender } from '../konfigurasi.js';
import type { Kirim } from './pengirim.js';

const MAKS_PERCOBAAN = 8;

/**
 * Sends what the outbox holds and, every `checkSeconds`, queues a reminder for each open submission
 * whose deadline is `reminderWorkingDays` working days away or nearer (once per deadline: an extension
 * sets a new one). Queue rows are written in transactions, so a crash loses nothing and a restart does
 * not send twice what was marked sent.
 */
export class PekerjaNotifikasi {
  #timer: NodeJS.Timeout | undefined;
  #berjalan: Promise<void> | undefined;
  #lagi = false;
  #berhenti = false;

  constructor(
    private readonly k: Konteks,
    private readonly kirim: Kirim,
  ) {}

  mulai(): void {
    this.periksaTenggat();
    this.bangunkan();
    const ms = this.k.konfigurasi.notifications.checkSeconds * 1000;
    this.#timer = setInterval(() => {
      this.periksaTenggat();
      this.bangunkan();
    }, ms);
    this.#timer.unref();
  }

  async berhenti(): Promise<void> {
    this.#berhenti = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#berjalan;
  }

  /** Queues reminders; returns how many were new. */
  periksaTenggat(): number {
    const n = this.k.konfigurasi.notifications.reminderWorkingDays;
    const at = this.k.jam();
    let baru = 0;
    for (const b of this.k.simpan.terbuka()) {
      const a = this.k.agensi.get(b.agency);
      if (!a) continue;
      const hariIni = tanggalDiZona(at, a.timeZone);
      if (b.deadline < hariIni) continue;
      if (tambahHariKerja(hariIni, n, opsiKalender(a)) < b.deadline) continue;
      if (this.k.simpan.antreNotifikasi(b.id, 'tenggat', b.deadline, at.toISOString())) baru++;
    }
    return baru;
  }

  /** Starts a sending pass, or asks the running one to go round once more. */
  bangunkan(): void {
    if (this.#berhenti) return;
    if (this.#berjalan) {
      this.#lagi = true;
      return;
    }
    this.#berjalan = this.#kirimSemua().finally(() => {
      this.#berjalan = undefined;
      if (this.#lagi) {
        this.#lagi = false;
        this.bangunkan();
      }
    });
  }

  async #kirimSemua(): Promise<void> {
    const dicoba = new Set<number>();
    for (;;) {
      if (this.#berhenti) return;
      // A failed row waits for the next pass (the periodic check), not retried at once in a loop.
      const antre = this.k.simpan.notifikasiTertunda(MAKS_PERCOBAAN).filter((n) => !dicoba.has(n.id));
      if (antre.length === 0) return;
      for (const n of antre) {
        dicoba.add(n.id);
        const a = this.k.agensi.get(n.baris.agency);
        try {
          await this.kirim({
            event: n.event === 'tenggat' ? 'tenggat' : 'diterima',
            number: n.baris.number,
            kind: n.baris.kind,
            agency: { id: n.baris.agency, name: a?.name ?? n.baris.agency },
            receivedOn: n.baris.receivedOn,
            deadline: n.due,
            to: a?.notify ?? [],
          });
          this.k.simpan.tandaiTerkirim(n.id, this.k.jam().toISOString());
        } catch (e) {
          this.k.simpan.tandaiGagal(n.id, String((e as Error).message));
          this.k.log.warn({ nomor: n.baris.number, percobaan: n.attempts + 1 }, 'notifikasi gagal dikirim');
        }
      }
    }
  }
}
