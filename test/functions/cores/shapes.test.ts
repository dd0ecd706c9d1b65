/** The cores' result-to-cells shapes, on hand-made engine results (the engines are tested on their own). */
import { criticalPathRows } from '../../../src/functions/cores/criticalPath';
import { evmRows, METRICS, metricArgument } from '../../../src/functions/cores/evm';
import { finishCell } from '../../../src/functions/cores/finish';
import { levelRows } from '../../../src/functions/cores/level';
import { loadingRows } from '../../../src/functions/cores/loading';
import { dateCell, PERCENT_FORMAT } from '../../../src/functions/cores/outcome';
import { SCHEDULE_HEADER, scheduleRows } from '../../../src/functions/cores/schedule';
import type { EarnedValueResult, ScheduleResult, TaskSchedule } from '../../../src/engine/types';
import { buildModel } from '../../../src/model/buildModel';
import { scheduleColumns } from '../../../src/engine/schedule/columns';

const model = buildModel({
  tasks: { values: [['ID', 'Name', 'Duration', 'Predecessors'], [1, 'Design', 2, ''], ['A.2', 'Build', 3, '1']] },
  settings: { values: [['Setting', 'Value'], ['Project Start', 46083]] },
});

const task = (index: number, start: number, finish: number, critical: boolean): TaskSchedule => ({
  task: index, start, finish, lateStart: start, lateFinish: finish, totalFloat: 0, freeFloat: 0, critical,
  summary: false, milestone: false, remainingDuration: finish - start + 1, levelingDelay: 0, driver: { kind: 'projectStart' },
});

const tasks = [task(0, 46083, 46084, true), task(1, 46085, 46089, true)];
const schedule: ScheduleResult = {
  project: { start: 46083, finish: 46089 },
  columns: scheduleColumns(tasks),
  tasks,
  order: [0, 1],
  criticalPath: [0, 1],
  statusDate: null,
  issues: [],
};

describe('core result shapes', () => {
  it('schedules one row per task in table order, IDs as typed, dates as dates', () => {
    const rows = scheduleRows(model, schedule);
    expect(rows[0]).toEqual(SCHEDULE_HEADER);
    expect(rows[1]).toEqual([1, dateCell(46083), dateCell(46084), dateCell(46083), dateCell(46084), 0, 0, true]);
    expect(rows[2][0]).toBe('A.2');
    expect(finishCell(schedule)).toEqual(dateCell(46089));
  });

  it('lists the critical path one ID per row', () => {
    expect(criticalPathRows(model, schedule)).toEqual([[1], ['A.2']]);
    expect(criticalPathRows(model, { ...schedule, criticalPath: [] })).toEqual([['No critical tasks']]);
  });

  it('adds the leveling delay as the last column', () => {
    const rows = levelRows(model, { schedule, delays: [0, 2], issues: [] });
    expect(rows[0].at(-1)).toBe('Leveling Delay');
    expect(rows[2].at(-1)).toBe(2);
  });

  it('puts period starts as dates in the loading header', () => {
    const rows = loadingRows({
      period: 'week', periods: [46083, 46090], issues: [],
      resources: [{ name: 'Alice', capacity: [40, 40], load: [16, 24], overallocated: [false, false], cost: [0, 0] }],
    });
    expect(rows).toEqual([['Resource', dateCell(46083), dateCell(46090)], ['Alice', 16, 24]]);
  });

  const ev: EarnedValueResult = {
    statusDate: 46087, currency: 'USD', bac: 1000, pv: 400, ev: 300, ac: 0, sv: -100, cv: 300,
    spi: 0.75, cpi: null, eac: null, etc: null, vac: null, tcpi: 0.7, svPercent: -0.25, cvPercent: 1,
    es: 2.5, at: 5, spit: 0.5, svt: -2.5, forecastFinish: 46100,
    eacAlternatives: { cpi: null, cpiSpi: null, atypical: 1100 }, tasks: [], issues: [],
  };

  it('gives every earned-value figure in the contract order, empty where a ratio has no divisor', () => {
    const rows = evmRows(ev, null);
    expect(rows.map((r) => r[0])).toEqual([
      'BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC', 'ETC', 'VAC', 'TCPI', 'SV%', 'CV%', 'ES', 'SPI(t)', 'Forecast Finish',
    ]);
    expect(rows[7][1]).toBeNull();
    expect(rows[12][1]).toEqual({ value: -0.25, numberFormat: PERCENT_FORMAT });
    expect(rows[16][1]).toEqual(dateCell(46100));
  });

  it('gives one figure when asked by name, however it is typed', () => {
    const at = (name: string) => {
      const m = metricArgument(name);
      return m.ok ? m.value : 'bad';
    };
    expect(at('spi(t)')).toBe(METRICS.findIndex((m) => m.name === 'SPI(t)'));
    expect(at('SPIt')).toBe(at('SPI(t)'));
    expect(at('forecast finish')).toBe(16);
    expect(at('')).toBeNull();
    expect(at('ROI')).toBe('bad');
    expect(evmRows(ev, 6)).toEqual([[0.75]]);
  });
});
