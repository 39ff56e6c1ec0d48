import { sendKeys } from '@web/test-runner-commands';

/** A valid NIK (Jawa Barat, a woman born 5 September 1990) for request forms in tests. */
export const NIK_UJI = '3201014509900001';

/** Types into a field of `el`'s shadow root the way a user does: focus it, then keystrokes. */
export async function ketik(el: HTMLElement, id: string, nilai: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!.focus();
  await sendKeys({ type: nilai });
}

/** Fills every required field of a request form; `cara`: the ways of getting the information ticked. */
export async function isiLengkap(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  cara: readonly string[] = ['membaca'],
): Promise<void> {
  await ketik(el, 'f-name', 'Siti Aminah');
  await ketik(el, 'f-nik', NIK_UJI);
  await ketik(el, 'f-address', 'Jl. Merdeka 1, Sukamaju');
  await ketik(el, 'f-occupation', 'Guru');
  await ketik(el, 'f-email', 'siti@contoh.id');
  await ketik(el, 'f-information', 'Laporan keuangan dinas tahun 2025');
  await ketik(el, 'f-purpose', 'Penelitian');
  for (const c of cara) el.shadowRoot!.querySelector<HTMLElement>(`#f-obtain-${c}`)!.click();
  await el.updateComplete;
}

/**
 * Fills every required field of an objection form (`mode="keberatan"`) about request `nomor`, on ground c
 * (the request not answered), from the phone 0812-3456-7890.
 */
export async function isiKeberatan(el: HTMLElement, nomor = '001/PPID/DISKOMINFO/PI/2026'): Promise<void> {
  await ketik(el, 'f-requestNumber', nomor);
  await ketik(el, 'f-name', 'Siti Aminah');
  await ketik(el, 'f-nik', NIK_UJI);
  await ketik(el, 'f-address', 'Jl. Merdeka 1');
  await ketik(el, 'f-occupation', 'Guru');
  await ketik(el, 'f-phone', '0812-3456-7890');
  el.shadowRoot!.querySelector<HTMLElement>('#f-grounds-c')!.click();
  await ketik(el, 'f-caseSummary', 'Permohonan tidak ditanggapi.');
  await ketik(el, 'f-purpose', 'Penelitian');
}
