/** Resource loading as one readable line per resource: hours, peak use and the over-allocated periods. */
import type { LoadingResult } from '../../engine/types';
import { isoOrNull } from './values';
import { renderTable } from './textTable';

const SHOWN_PERIODS = 4;

export function loadingLines(result: LoadingResult): string[] {
  const rows = result.resources.map((r) => {
    const load = sum(r.load);
    const capacity = sum(r.capacity);
    let peak = 0;
    r.load.forEach((l, i) => {
      if (r.capacity[i] > 0) peak = Math.max(peak, l / r.capacity[i]);
    });
    const over = r.overallocated.map((o, i) => (o ? isoOrNull(result.periods[i]) ?? '?' : null)).filter((p): p is string => p !== null);
    const overText = over.length === 0 ? '' : over.slice(0, SHOWN_PERIODS).join(', ') + (over.length > SHOWN_PERIODS ? ` and ${over.length - SHOWN_PERIODS} more` : '');
    // Materials and cost resources have no hours: a dash, not 0%.
    if (load === 0 && capacity === 0) return [r.name, '-', '-', '-', ''];
    return [r.name, hours(load), hours(capacity), `${Math.round(peak * 100)}%`, overText];
  });
  const first = isoOrNull(result.periods[0]) ?? '-';
  return [
    `Resource loading by ${result.period}, ${result.periods.length} periods from ${first}`,
    '',
    ...renderTable(rows, { header: ['Resource', 'Load h', 'Capacity h', `Busiest ${result.period}`, 'Over-allocated in'], right: [1, 2, 3] }),
  ];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
}

function hours(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
