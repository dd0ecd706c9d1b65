/**
 * A deterministic plan with every Tasks column and most mistakes a real workbook holds, for the
 * golden test: what buildModel made of it before the model was tuned for speed is pinned, as
 * hashes, in fixtures/messyPlan.golden.json.
 */
import type { CellValue, Model, TaskField, WorkbookInput } from '../../src/model/types';

/** `hierarchy`: summaries by Outline Level, or by WBS codes. */
export function messyPlan(hierarchy: 'outline' | 'wbs', rowCount = 80, seed = 7): WorkbookInput {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)];
  const header = [
    'ID', 'Task Name', 'Duration', 'Predecessors', hierarchy === 'wbs' ? 'WBS' : 'Outline Level', 'Start', 'Constraint Type', 'Constraint Date', 'Deadline',
    '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Budget', 'Fixed Cost', 'Actual Cost',
    'Resource Names', 'Priority', 'Optimistic Duration', 'Most Likely Duration', 'Pessimistic Duration', 'Leveling Delay', 'Notes',
  ];
  const rows: CellValue[][] = [header];
  let level = 1;
  const wbs = [0, 0, 0, 0, 0];
  for (let i = 1; i <= rowCount; i++) {
    level = Math.max(1, Math.min(4, level + pick([-1, 0, 0, 0, 1, 1, 2])));
    wbs[level - 1]++;
    wbs.fill(0, level);
    const code = wbs.slice(0, level).map((n) => n || 1).join('.');
    const id = random() < 0.9 ? i : pick<CellValue>([null, '', i - 1, `0${i}`, `${i}.0`, `A${i}`, { error: '#REF!' }, ' ']);
    const link = () => {
      const p = Math.max(1, i - 1 - Math.floor(random() * 8));
      return pick([`${p}`, `${p}`, `${p}SS`, `${p}FS+2d`, `${p}ss+1 day`, `${p}FF-1`, `${p}SF+3 days`, `${p}FS+50%`, `${p}SS-25%`, `${p}FS+4h`, `${p}FS+1w`,
        `${p} FS + 2d`, `${p}FS+2x`, `${p}XX`, `${i}`, `${i + 2}`, '999', `0${p}`, `${p}.0`, `A${p}`, `${p}FS+2d?`, `${p}FS+1.5`]);
    };
    const preds = random() < 0.15 ? '' : Array.from({ length: 1 + Math.floor(random() * 3) }, link).join(pick([', ', ';', ',']));
    const day = 46083 + Math.floor(random() * 60);
    rows.push([
      id,
      pick<CellValue>([`Task ${i}`, `Task ${i}`, `Task ${i}`, '', { error: '#N/A' }, `  Task ${i}  `]),
      pick<CellValue>([1 + Math.floor(random() * 9), '5d', '2 wks', '3 days?', '3d? ', '4h', '30m', '1mo', '0d', 0, 2.5, '1.5d', 'soon', -2, '', null, '5 ed', '#DIV/0!', ' 7 ']),
      random() < 0.05 ? { error: '#VALUE!' } : preds,
      hierarchy === 'wbs'
        ? random() < 0.05 ? pick<CellValue>(['1..2', '', null, '.1', '9.9.9', 3, 1.1]) : code
        : random() < 0.05 ? pick<CellValue>(['x', 0, 101, 2.6, '']) : level,
      random() < 0.1 ? pick<CellValue>([day, '2026-03-09', '2026-02-30', 'next week', new Date(Date.UTC(2026, 2, 10))]) : null,
      random() < 0.12 ? pick<CellValue>(['SNET', 'snlt', 'Start No Earlier Than', 'Must Finish On', 'ALAP', 'ASAP', 'SOONISH', 'FNLT']) : '',
      random() < 0.12 ? pick<CellValue>([day + 5, '2026-04-01', '31/04/2026']) : '',
      random() < 0.05 ? day + 40 : null,
      pick<CellValue>([0, 0, 0, 0.5, '50%', 1, '100%', 150, 'half', 40, ' 75 % ', -0.1, null]),
      random() < 0.2 ? day : null,
      random() < 0.15 ? pick<CellValue>([day + 3, day - 3, '2026-13-01']) : null,
      random() < 0.7 ? day : null,
      random() < 0.7 ? pick<CellValue>([day + 4, day - 2]) : null,
      random() < 0.5 ? pick<CellValue>([1000 + i, '1,200', '$300', '(50)', 'lots', '€1,000.50']) : null,
      random() < 0.2 ? pick<CellValue>([250, '250', 'free']) : null,
      random() < 0.2 ? pick<CellValue>([100, '1,200', 'x']) : null,
      pick<CellValue>(['', 'Ann', 'ann', 'Bob[50%]', 'Ann, Bob', 'Crane[2]; Nobody', 'Bob[lots]', 'Ann Lee[1,5], IT Team', 'Cement[20 tons]', ' , ']),
      random() < 0.1 ? pick<CellValue>([0, 1000, 1001, -1, 'high']) : null,
      random() < 0.3 ? pick<CellValue>(['2d', 2, 'x']) : null,
      random() < 0.3 ? pick<CellValue>(['3d', 3.5]) : null,
      random() < 0.3 ? pick<CellValue>(['5d', -1, '1w']) : null,
      random() < 0.1 ? pick<CellValue>([1, '2d', 2.4, -3, 'later']) : null,
      'note',
    ]);
  }
  return {
    tasks: { values: rows, sheet: 'Plan', origin: 'B3' },
    resources: { values: [['Name', 'Max Units', 'Std. Rate', 'Type'], ['Ann', '50%', '$80/hr', 'Work'], ['Bob', 2, 50, ''], ['Crane', '', '$400/day', 'Work'], ['Cement', '', 12, 'Material'], ['IT Team', 3, 60, '']] },
    holidays: { values: [['Date', 'End Date', 'Name', 'Resource'], ['2026-04-03', '', 'Good Friday', ''], ['2026-03-20', '2026-03-18', 'Backwards', ''], ['2026-03-11', '', 'Dentist', 'ann']] },
    actuals: { values: [['Date', 'Task ID', 'Amount'], ['2026-03-03', 1, 500], ['', 'Task 3', '1,200'], ['2026-03-05', 999, 10]] },
    settings: { values: [['Setting', 'Value'], ['Project Start', '2026-03-02'], ['Status Date', '2026-03-20'], ['Hours Per Day', 7.5]] },
  };
}

const CELL_FIELDS: TaskField[] = [
  'id', 'name', 'duration', 'predecessors', 'outlineLevel', 'wbs', 'start', 'constraintType', 'constraintDate', 'deadline',
  'percentComplete', 'actualStart', 'actualFinish', 'baselineStart', 'baselineFinish', 'baselineCost', 'fixedCost', 'actualCost',
  'resourceNames', 'priority', 'optimisticDuration', 'mostLikelyDuration', 'pessimisticDuration', 'levelingDelay',
];

/**
 * What the golden test compares, as JSON lines: one per task (cell addresses spelled out), one per
 * issue, and one for everything else. The fixture holds a short hash of each line.
 */
export function modelLines(model: Model): { tasks: string[]; issues: string[]; rest: string } {
  const { tasks, issues, taskById, resourceByName, ...rest } = model;
  return {
    tasks: tasks.map((t) => JSON.stringify({ ...t, cells: Object.fromEntries(CELL_FIELDS.filter((f) => f in t.cells).map((f) => [f, t.cells[f]])) })),
    issues: issues.map((i) => JSON.stringify(i)),
    rest: JSON.stringify({ ...rest, taskById: [...taskById], resourceByName: [...resourceByName] }),
  };
}
