/** How the pane shows numbers and dates; nothing here computes plan figures. */

export function showRatio(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(2);
}

export function showDate(iso: string | null): string {
  return iso ?? '—';
}

export { plural } from '../services/words';
