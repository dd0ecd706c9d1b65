/** How the pane shows numbers and dates; nothing here computes plan figures. */

export function showRatio(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(2);
}

export function showDate(iso: string | null): string {
  return iso ?? '—';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
