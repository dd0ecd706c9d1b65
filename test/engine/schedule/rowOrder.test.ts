/**
 * Row order does not change a schedule. Plans whose links all point to earlier rows are
 * scheduled in input order; others (links to later rows) go through Kahn's order: both give the
 * same dates, floats, drivers and critical tasks.
 */
import type { Driver } from '../../../src/engine/types';
import type { PlanRow, TaskRow } from '../../support/plan';
import { scheduled, type Scheduled } from './scheduled';

/** A driver with task IDs in place of row indexes. */
function named(s: Scheduled, driver: Driver): unknown {
  if (driver.kind === 'link') return { ...driver, predecessor: s.model.tasks[driver.predecessor].id };
  if (driver.kind === 'leveling' && driver.from) return { ...driver, from: named(s, driver.from) };
  return driver;
}

function byId(s: Scheduled): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of s.model.tasks) {
    const { task: _index, driver, ...rest } = s.task(t.id);
    out[t.id] = { ...s.row(t.id), ...rest, driver: named(s, driver) };
  }
  return out;
}

function expectSameSchedule(rows: readonly TaskRow[]): void {
  const forward = scheduled(rows);
  const reversed = scheduled([...rows].reverse());
  expect(byId(reversed)).toEqual(byId(forward));
  expect(reversed.finish).toBe(forward.finish);
  expect(new Set(reversed.critical)).toEqual(new Set(forward.critical));
  expect(reversed.warnings.length).toBe(forward.warnings.length);
}

describe('row order', () => {
  it('a chain with every link type, leads and lags, milestones', () => {
    const rows: TaskRow[] = [
      { id: 1, duration: '3d' },
      { id: 2, duration: '2d', predecessors: '1' },
      { id: 3, duration: '4d', predecessors: '1SS+1' },
      { id: 4, duration: '1d', predecessors: '2FF+2, 3' },
      { id: 5, duration: 0, predecessors: '4' },
      { id: 6, duration: '5d', predecessors: '3SF+6, 2FS-1' },
      { id: 7, duration: '2d', predecessors: '5, 6' },
    ];
    expectSameSchedule(rows);
  });

  it('summaries found by WBS codes, constraints, leveling delays and a deadline', () => {
    const rows: TaskRow[] = [
      { id: 'P', wbs: '1', duration: null },
      { id: 'A', wbs: '1.1', duration: '2d' },
      { id: 'B', wbs: '1.2', duration: '3d', predecessors: 'A', delay: 2 },
      { id: 'Q', wbs: '2', duration: null, predecessors: 'P' },
      { id: 'C', wbs: '2.1', duration: '2d', constraint: 'SNET', constraintDate: '2026-03-12' },
      { id: 'D', wbs: '2.2', duration: '1d', predecessors: 'C', deadline: '2026-03-13' },
      { id: 'E', wbs: '3', duration: '1d', constraint: 'ALAP', predecessors: 'A' },
    ];
    expectSameSchedule(rows);
  });

  it('a long plan whose links point both ways', () => {
    const rows: PlanRow[] = [];
    for (let i = 1; i <= 60; i++) rows.push([i, `${1 + (i % 4)}d`, i > 3 ? `${i - 3}, ${i - 1}SS+1` : undefined]);
    const shuffled = rows.map((r, k) => rows[(k * 37) % rows.length]) as [number, string, string?][];
    const s = scheduled(shuffled);
    const t = scheduled(rows);
    for (let i = 1; i <= 60; i++) expect(s.row(i)).toEqual(t.row(i));
    expect(s.finish).toBe(t.finish);
  });
});
