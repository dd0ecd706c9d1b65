import { buildModel } from '../../src/model/buildModel';
import type { CellValue, Issue, WorkbookInput } from '../../src/model/types';

const HEADER = ['ID', 'Name', 'Duration', 'Predecessors'];
const plan = (rows: CellValue[][], extra: Partial<WorkbookInput> = {}, header: CellValue[] = HEADER): WorkbookInput => ({
  tasks: { values: [header, ...rows], sheet: 'Tasks' },
  settings: { values: [['Setting', 'Value'], ['Project Start', '2026-03-02']] },
  ...extra,
});
const at = (issues: Issue[], cell: string) => issues.filter((i) => i.cell === cell);
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('buildModel on what real workbooks contain', () => {
  it('reads a clean plan with no issues', () => {
    const m = buildModel(plan([[1, 'Design', '5d', ''], [2, 'Build', '2 wks', '1'], [3, 'Done', '0d', '2FS+1d']]));
    expect(m.issues).toEqual([]);
    expect(m.tasks.map((t) => [t.id, t.duration])).toEqual([['1', 5], ['2', 10], ['3', 0]]);
    expect(m.tasks[2].predecessors).toEqual([{ predecessor: 1, successor: 2, type: 'FS', lag: 1, cell: 'D4' }]);
    expect(m.settings.projectStart).toBe(46083);
  });

  it('skips blank rows, trims spaces and reads numbers stored as text', () => {
    const m = buildModel(plan([[' 1 ', ' Design ', ' 5 ', ''], [null, '', '  ', null], ['2', 'Build', '3', ' 1 ']]));
    expect(m.issues).toEqual([]);
    expect(m.tasks.map((t) => [t.id, t.name, t.duration, t.row])).toEqual([['1', 'Design', 5, 2], ['2', 'Build', 3, 4]]);
  });

  it('keeps unknown columns and matches headers loosely and by Microsoft Project names', () => {
    const header = ['Unique ID', 'Task Name', 'id', 'DURATION', 'Notes', '%Complete', 'Std. Anything', 'Predecessors', 'Resource  Names', 'Finish'];
    const m = buildModel(plan([[99, 'Design', 1, '5 days', 'n', '40%', 'x', '', 'Ann', '2026-01-01']], {}, header));
    expect(m.tasks[0]).toMatchObject({ id: '1', name: 'Design', duration: 5, percentComplete: 0.4 });
    expect(m.tasks[0].assignments).toEqual([{ resource: null, resourceName: 'Ann', units: 1 }]);
  });

  it('reports an error value or a blank in Duration once, at its cell', () => {
    const m = buildModel(plan([[1, 'Design', { error: '#N/A' }, ''], [2, 'Build', '', '']]));
    expect(at(m.issues, 'C2')).toHaveLength(1);
    expect(at(m.issues, 'C2')[0].message).toMatch(/#N\/A/);
    expect(at(m.issues, 'C3')).toHaveLength(1);
    expect(at(m.issues, 'C3')[0].message).toMatch(/missing/);
  });

  it('reports a missing Duration column once for the table', () => {
    const m = buildModel(plan([[1, 'Design'], [2, 'Build']], {}, ['ID', 'Name']));
    expect(errors(m.issues).filter((i) => /Duration/.test(i.message))).toHaveLength(1);
  });

  it('reports error values at their cells instead of failing', () => {
    const m = buildModel(plan([[1, 'Design', { error: '#N/A' }, ''], [2, '#REF!', '3', '#VALUE!']]));
    expect(at(m.issues, 'C2')[0]).toMatchObject({ severity: 'error', table: 'Tasks', row: 2, column: 'Duration' });
    expect(at(m.issues, 'C2')[0].message).toMatch(/#N\/A/);
    expect(at(m.issues, 'B3')[0].message).toMatch(/#REF!/);
    expect(at(m.issues, 'D3')[0].message).toMatch(/#VALUE!/);
  });

  it('places every mistake at its own cell, without stopping at the first', () => {
    const m = buildModel({
      tasks: {
        sheet: 'Plan', origin: 'B3',
        values: [
          ['ID', 'Name', 'Duration', 'Predecessors', '% Complete', 'Constraint Type', 'Constraint Date', 'Resource Names', 'Start'],
          [1, 'Kick-off', '0d', '', '', '', '', '', '2026-03-02'],
          [1, 'Duplicate', '1d', '', '', '', '', '', ''],
          [null, 'No ID', '1d', '', '', '', '', '', ''],
          [3, 'Bad duration', 'soon', '', '', '', '', '', ''],
          [4, 'Negative', -2, '', '', '', '', '', ''],
          [5, 'Bad link', '1d', '3XX', '', '', '', '', ''],
          [6, 'Unknown link', '1d', '42', '', '', '', '', ''],
          [7, 'Cycle A', '1d', '8', '', '', '', '', ''],
          [8, 'Cycle B', '1d', '7', '', '', '', '', ''],
          [9, 'Too done', '1d', '', 150, '', '', '', ''],
          [10, 'No date', '1d', '', '', 'SNET', '', '', ''],
          [11, 'No type', '1d', '', '', '', '2026-04-01', '', ''],
          [12, 'Bad date', '1d', '', '', 'SNET', '31/04/2026', '', ''],
          [13, 'Who?', '1d', '', '', '', '', 'Nobody', ''],
          [14, '', '1d', '', '', '', '', '', ''],
          [15, 'Bad type', '1d', '', '', 'SOONISH', '2026-04-01', '', ''],
        ],
      },
    });
    const byCell = (cell: string, severity: 'error' | 'warning' = 'error') => m.issues.filter((i) => i.cell === cell && i.severity === severity);
    expect(byCell('B5')).toHaveLength(1); // duplicate ID 1, row 5 (header at row 3)
    expect(byCell('B6')).toHaveLength(1); // missing ID
    expect(byCell('D7')).toHaveLength(1); // 'soon'
    expect(byCell('D8')).toHaveLength(1); // -2
    expect(byCell('E9')).toHaveLength(1); // 3XX
    expect(byCell('E10')[0].message).toMatch(/42/);
    expect(byCell('E11')[0].message).toMatch(/7, 8/); // the cycle names its tasks
    expect(byCell('F13')).toHaveLength(1); // 150%
    expect(byCell('G14')).toHaveLength(1); // SNET without a date
    expect(byCell('H15')).toHaveLength(1); // a date without a type
    expect(byCell('H16')).toHaveLength(1); // 31/04/2026
    expect(byCell('I17', 'warning')).toHaveLength(1); // unknown resource
    expect(byCell('C18', 'warning')).toHaveLength(1); // missing name
    expect(byCell('G19')).toHaveLength(1); // SOONISH
    for (const issue of m.issues) {
      expect(issue.message.length).toBeGreaterThan(20);
      expect(issue.table).toBe('Tasks');
    }
    expect(errors(m.issues)).toHaveLength(12);
  });

  it('builds the summary hierarchy from Outline Level and expands summary links to subtasks', () => {
    const header = ['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level'];
    const m = buildModel(plan([
      [1, 'Phase A', '', '', 1], [2, 'A1', '2d', '', 2], [3, 'A2', '3d', '2', 2],
      [4, 'Phase B', '', '1', 1], [5, 'B1', '1d', '', 2], [6, 'B2', '1d', '', 2],
    ], {}, header));
    expect(m.issues).toEqual([]);
    expect(m.tasks.filter((t) => t.summary).map((t) => t.id)).toEqual(['1', '4']);
    expect(m.tasks[0].children).toEqual([1, 2]);
    // 4 depends on 1: each of B1 and B2 depends on each of A1 and A2.
    expect(m.tasks[4].predecessors.map((l) => l.predecessor)).toEqual([1, 2]);
    expect(m.tasks[5].predecessors.map((l) => l.predecessor)).toEqual([1, 2]);
    expect(m.tasks[3].predecessors).toEqual([]);
  });

  it('builds the hierarchy from WBS codes when there is no Outline Level', () => {
    const m = buildModel(plan([[1, 'Move', '', '', '1'], [2, 'Pack', '2d', '', '1.1'], [3, 'Ship', '1d', '2', '1.2'], [4, 'Box', '1d', '', '1.1.1']], {}, ['ID', 'Name', 'Duration', 'Predecessors', 'WBS']));
    expect(m.tasks.map((t) => t.parent)).toEqual([null, 0, 0, 1]);
    expect(m.tasks.map((t) => t.summary)).toEqual([true, true, false, false]);
  });

  it('refuses links between a summary and its own subtasks', () => {
    const m = buildModel(plan([[1, 'Phase', '', '', 1], [2, 'Sub', '2d', '1', 2]], {}, ['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level']));
    expect(errors(m.issues)[0]).toMatchObject({ cell: 'D3' });
  });

  it('turns percentage lags into whole working days of the predecessor', () => {
    const m = buildModel(plan([[1, 'A', '10d', ''], [2, 'B', '1d', '1FS+50%'], [3, 'C', '1d', '1SS-25%']]));
    expect(m.tasks[1].predecessors[0].lag).toBe(5);
    expect(m.tasks[2].predecessors[0]).toMatchObject({ type: 'SS', lag: -3 });
    expect(m.issues.filter((i) => i.severity === 'warning')).toHaveLength(1); // -2.5 rounded
  });

  it('reads resources, holidays, actuals and settings', () => {
    const m = buildModel({
      tasks: { values: [['ID', 'Name', 'Duration', 'Resource Names'], [1, 'Paint', '2d', 'Ann[50%], Crane[2]']] },
      resources: { values: [['Name', 'Max Units', 'Std. Rate', 'Cost/Use', 'Type'], ['Ann', '50%', '$80.00/hr', 0, 'Work'], ['Crane', 2, '$400/day', 100, ''], ['Paint', '', 12, '', 'Material']] },
      holidays: { values: [['Date', 'End Date', 'Name', 'Resource'], ['2026-12-24', '2026-12-26', 'Christmas', ''], ['2026-04-01', '', 'Dentist', 'ann']] },
      actuals: { values: [['Date', 'Task ID', 'Amount', 'Category'], ['2026-03-03', 1, '1,200', 'Labour'], ['2026-03-04', 'Paint', -50, 'Credit'], ['2026-03-05', 9, 10, '']] },
      settings: { values: [['Setting', 'Value'], ['Project Name', 'Move'], ['Project Start', 46083], ['Status Date', '2026-03-10'], ['Hours Per Day', '7.5'], ['Work Week', 'Sun-Thu'], ['Currency', 'EUR'], ['Critical Float', 2]] },
    });
    expect(m.resources.map((r) => [r.name, r.maxUnits, r.stdRate, r.costPerUse, r.type])).toEqual([
      ['Ann', 0.5, 80, 0, 'Work'], ['Crane', 2, 400 / 7.5, 100, 'Work'], ['Paint', 1, 12, 0, 'Material'],
    ]);
    expect(m.tasks[0].assignments).toEqual([{ resource: 0, resourceName: 'Ann', units: 0.5 }, { resource: 1, resourceName: 'Crane', units: 2 }]);
    expect(m.holidays).toEqual([
      { start: 46380, end: 46382, name: 'Christmas', resource: null, row: 2 },
      { start: 46113, end: 46113, name: 'Dentist', resource: 'ann', row: 3 },
    ]);
    expect(m.actuals.map((a) => [a.task, a.amount])).toEqual([[0, 1200], [0, -50], [null, 10]]);
    expect(m.issues).toEqual([expect.objectContaining({ severity: 'warning', table: 'Actuals', cell: 'B4' })]);
    expect(m.settings).toMatchObject({ projectName: 'Move', projectStart: 46083, statusDate: 46091, hoursPerDay: 7.5, currency: 'EUR', criticalFloat: 2, workWeek: [true, true, true, true, true, false, false] });
  });

  it('turns a Std. Rate per day, week, month or year into a rate per hour', () => {
    const resources = { values: [['Name', 'Std. Rate'], ['A', '$400/day'], ['B', '2000/wk'], ['C', '8,000 / Month'], ['D', '$96,000/yr'], ['E', '50/h']] };
    const m = buildModel(plan([[1, 'A', 1, '']], { resources }));
    expect(m.resources.map((r) => r.stdRate)).toEqual([50, 50, 50, 50, 50]);
  });

  it('keeps the default of a numeric setting that is out of range, and says what to write', () => {
    const settings = { values: [['Setting', 'Value'], ['Project Start', '2026-03-02'], ['Hours Per Day', 30], ['Days Per Week', 6], ['Days Per Month', 0], ['Critical Float', 'two']] };
    const m = buildModel(plan([[1, 'A', 1, '']], { settings }));
    expect(m.settings).toMatchObject({ hoursPerDay: 8, daysPerWeek: 6, daysPerMonth: 20, criticalFloat: 0 });
    expect(errors(m.issues).map((i) => [i.cell, i.message])).toEqual([
      ['B3', "Setting 'Hours Per Day': Value 30 is out of range. Write hours in a working day, from 1 to 24."],
      ['B5', "Setting 'Days Per Month': Value 0 is out of range. Write working days in a month, from 1 to 31."],
      ['B6', "Setting 'Critical Float': Value 'two' is not a number. Write a number of working days, such as 0 or 2."],
    ]);
  });

  it('takes the earliest fixed start or constraint date when Project Start is missing, and errs when there is none', () => {
    const m = buildModel({ tasks: { values: [['ID', 'Name', 'Duration', 'Start', 'Constraint Type', 'Constraint Date'], [1, 'A', 1, '2026-05-04', '', ''], [2, 'B', 1, '', 'SNET', '2026-04-06']] } });
    expect(m.settings.projectStart).toBe(46118);
    const none = buildModel({ tasks: { values: [['ID', 'Name', 'Duration'], [1, 'A', 1]] } });
    expect(errors(none.issues)[0]).toMatchObject({ table: 'Settings' });
    expect(errors(none.issues)[0].message).toMatch(/Project Start/);
  });

  it('names the missing required columns', () => {
    const m = buildModel({ tasks: { values: [['Task', 'Length'], ['A', 1]] } });
    expect(errors(m.issues)[0].message).toMatch(/ID/);
  });

  it('does not throw on ragged rows, non-arrays or an empty table', () => {
    expect(() => buildModel({ tasks: { values: [] } })).not.toThrow();
    expect(() => buildModel({ tasks: { values: [['ID', 'Name', 'Duration'], [1], [2, 'x', 3, 4, 5], null as never] } })).not.toThrow();
  });
});
