/**
 * Where the pane finds itself: inside Excel, in another Office host or a plain browser, or with
 * Office.js missing (blocked, offline, or too slow). The page must say which, never stay blank.
 */

export type OfficeOutcome =
  | { kind: 'excel' }
  | { kind: 'outsideExcel'; host: string | null }
  | { kind: 'noOffice'; reason: string };

/** What taskpane.html records about the Office.js script tag. */
export interface OfficeWindow {
  Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> };
  __cellpathOfficeScript?: 'failed' | 'loaded' | 'pending';
}

export const OFFICE_TIMEOUT_MS = 15_000;

export async function waitForOffice(win: OfficeWindow, timeoutMs = OFFICE_TIMEOUT_MS): Promise<OfficeOutcome> {
  if (win.__cellpathOfficeScript === 'failed' || !win.Office || typeof win.Office.onReady !== 'function') {
    return { kind: 'noOffice', reason: 'Office.js, the library that connects the add-in to Excel, could not be loaded.' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'noOffice', reason: `Office.js did not start within ${Math.round(timeoutMs / 1000)} seconds.` }),
      timeoutMs,
    );
  });
  const ready = win.Office.onReady().then(
    (info): OfficeOutcome => {
      const host = info?.host == null ? null : String(info.host);
      return host === 'Excel' ? { kind: 'excel' } : { kind: 'outsideExcel', host };
    },
    (error: unknown): OfficeOutcome => ({ kind: 'noOffice', reason: `Office.js failed to start: ${String(error)}` }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
