/** PM.SCHEDULE, PM.FINISH and PM.CRITICALPATH cores: ranges with headers in, cells or a failure out. */
import { criticalPathCore } from '../../../src/functions/cores/criticalPath';
import { finishCore } from '../../../src/functions/cores/finish';
import { dateCell } from '../../../src/functions/cores/outcome';
import { SCHEDULE_HEADER, scheduleCore } from '../../../src/functions/cores/schedule';
import { describeFailure } from '../../../src/functions/errors';
import { serial } from './scheduled';

const tasks = [
  ['ID', 'Name', 'Duration', 'Predecessors'],
  [1, 'Design', '5d', ''],
  [2, 'Build', '3d', '1'],
  ['T', 'Test', '1d', ''],
];
const settings = [['Setting', 'Value'], ['Project Start', '2026-03-02']];
const holidays = [['Date', 'Name'], ['2026-03-04', 'Day off']];
const call = <A extends object>(args: A, addresses: Record<string, string> = {}) => ({ args, addresses });

describe('PM.SCHEDULE', () => {
  it('gives a header and one row per task in the Tasks table order, dates as dates', () => {
    const out = scheduleCore(call({ tasks, settings, holidays: [['Date'], [null]] }));
    expect(out.ok && out.value[0]).toEqual(SCHEDULE_HEADER);
    expect(out.ok && out.value.slice(1)).toEqual([
      [1, dateCell(serial('2026-03-02')), dateCell(serial('2026-03-06')), dateCell(serial('2026-03-02')), dateCell(serial('2026-03-06')), 0, 0, true],
      [2, dateCell(serial('2026-03-09')), dateCell(serial('2026-03-11')), dateCell(serial('2026-03-09')), dateCell(serial('2026-03-11')), 0, 0, true],
      ['T', dateCell(serial('2026-03-02')), dateCell(serial('2026-03-02')), dateCell(serial('2026-03-11')), dateCell(serial('2026-03-11')), 7, 7, false],
    ]);
  });

  it('reads holidays and a status date (a date cell or ISO text)', () => {
    const withHoliday = scheduleCore(call({ tasks, settings, holidays }));
    expect(withHoliday.ok && withHoliday.value[1][2]).toEqual(dateCell(serial('2026-03-09')));
    const asText = scheduleCore(call({ tasks, settings, statusDate: '2026-03-11' }));
    const asSerial = scheduleCore(call({ tasks, settings, statusDate: [[serial('2026-03-11')]] }));
    expect(asText).toEqual(asSerial);
    expect(asText.ok && asText.value[3][1]).toEqual(dateCell(serial('2026-03-12')));
  });

  it('a bad status date is an argument error', () => {
    expect(scheduleCore(call({ tasks, statusDate: 'soon' }))).toMatchObject({ ok: false, failure: { kind: 'argument' } });
  });

  it('a plan with errors gives an error that names the row and column, never numbers', () => {
    const bad = [['ID', 'Name', 'Duration'], [1, 'Design', 'five'], [2, 'Build', '3d']];
    const out = scheduleCore(call({ tasks: bad, settings }, { tasks: 'Plan!B4:D7' }));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(describeFailure(out.failure).message).toMatch(/^Tasks row 5, column Duration \(cell D5\): Task 1: 'five'/);
  });

  it('a dependency loop is a plan error too', () => {
    const loop = [['ID', 'Name', 'Duration', 'Predecessors'], [1, 'A', 1, '2'], [2, 'B', 1, '1']];
    const out = scheduleCore(call({ tasks: loop, settings }));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(describeFailure(out.failure).message).toMatch(/column Predecessors.*loop/);
  });
});

describe('PM.FINISH', () => {
  it('gives the project finish date', () => {
    expect(finishCore(call({ tasks, settings }))).toEqual({ ok: true, value: dateCell(serial('2026-03-11')) });
    expect(finishCore(call({ tasks, settings, holidays }))).toEqual({ ok: true, value: dateCell(serial('2026-03-12')) });
  });

  it('with a status date, the forecast finish', () => {
    // Nothing started by Mar 11: Design runs Mar 12–18, Build Mar 19–23.
    expect(finishCore(call({ tasks, settings, statusDate: '2026-03-11' }))).toEqual({ ok: true, value: dateCell(serial('2026-03-23')) });
  });

  it('no tasks: not available, with a reason', () => {
    expect(finishCore(call({ tasks: [['ID', 'Name', 'Duration']], settings }))).toMatchObject({ ok: false, failure: { kind: 'notAvailable' } });
  });
});

describe('PM.CRITICALPATH', () => {
  it('lists the critical task IDs in schedule order, one per row', () => {
    expect(criticalPathCore(call({ tasks, settings }))).toEqual({ ok: true, value: [[1], [2]] });
  });
});
