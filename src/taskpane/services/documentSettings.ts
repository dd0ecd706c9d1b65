/**
 * The pane's options live in the workbook (Office document settings), so they travel with the
 * file and every user of it sees the same table mapping.
 */
import { completeOptions } from './defaults';
import type { PaneOptions } from './types';

export const OPTIONS_KEY = 'cellpath.options';

/** The part of `Office.Settings` we use. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function readOptions(settings: DocumentSettings | undefined): PaneOptions {
  let stored: unknown = null;
  try {
    stored = settings?.get(OPTIONS_KEY) ?? null;
    if (typeof stored === 'string') stored = JSON.parse(stored);
  } catch {
    stored = null;
  }
  return completeOptions(stored);
}

export function writeOptions(settings: DocumentSettings | undefined, options: PaneOptions): Promise<void> {
  if (!settings) return Promise.resolve();
  settings.set(OPTIONS_KEY, JSON.parse(JSON.stringify(options)));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      const failed = String(result?.status).toLowerCase() === 'failed';
      if (failed) reject(new Error(result.error?.message ?? 'Excel could not save the add-in settings.'));
      else resolve();
    });
  });
}
