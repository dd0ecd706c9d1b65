/**
 * Building the model from tables: 100,000 task rows, target under 300 ms in Node.
 * The machine may be shared, so each line also gives the CPU time of one build (which counts the
 * garbage collector's helper threads too) and the load average at the time.
 */
import { loadavg } from 'os';
import { buildModel } from '../src/model/buildModel';
import type { CellValue, WorkbookInput } from '../src/model/types';

export function largePlanTables(taskCount: number, seed = 1): WorkbookInput {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: CellValue[][] = [['ID', 'Name', 'Duration', 'Predecessors', '% Complete', 'Resource Names', 'Baseline Cost']];
  for (let i = 1; i <= taskCount; i++) {
    const preds: string[] = [];
    for (let k = 0; k < 2 && i > 1; k++) {
      const p = Math.max(1, i - 1 - Math.floor(random() * Math.min(i - 1, 50)));
      preds.push(k === 0 ? String(p) : `${p}SS+${Math.floor(random() * 3)}d`);
    }
    rows.push([i, `Task ${i}`, `${1 + Math.floor(random() * 10)}d`, preds.join(', '), random() < 0.3 ? '50%' : 0, `R${i % 200}`, 1000 + i]);
  }
  const resources: CellValue[][] = [['Name', 'Max Units', 'Std. Rate']];
  for (let r = 0; r < 200; r++) resources.push([`R${r}`, '100%', 50 + r]);
  return {
    tasks: { values: rows },
    resources: { values: resources },
    settings: { values: [['Setting', 'Value'], ['Project Start', '2026-01-05']] },
  };
}

/**
 * A plan that uses every Tasks column, with phases (Outline Level), constraints, progress, three
 * durations and a few mistakes, so the slower paths are measured too.
 */
export function fullPlanTables(taskCount: number, seed = 1): WorkbookInput {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: CellValue[][] = [[
    'ID', 'Name', 'Duration', 'Predecessors', 'Outline Level', 'Start', 'Constraint Type', 'Constraint Date', 'Deadline',
    '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Baseline Cost', 'Fixed Cost',
    'Actual Cost', 'Resource Names', 'Priority', 'Optimistic Duration', 'Most Likely Duration', 'Pessimistic Duration', 'Leveling Delay',
  ]];
  const start = 46027; // 2026-01-05
  for (let i = 1; i <= taskCount; i++) {
    const phase = i % 50 === 1;
    const preds: string[] = [];
    if (!phase && i % 50 !== 2) preds.push(String(i - 1));
    if (!phase && i > 100 && random() < 0.5) preds.push(`${i - 50 - Math.floor(random() * 40)}FS+${Math.floor(random() * 3)}d`);
    const done = random() < 0.2;
    const day = start + Math.floor(i / 10);
    rows.push([
      i, `Task ${i}`, phase ? '' : `${1 + Math.floor(random() * 10)} days`, preds.join('; '), phase ? 1 : 2,
      random() < 0.05 ? day : null, random() < 0.05 ? 'SNET' : '', random() < 0.05 ? '2026-02-02' : '', random() < 0.02 ? day + 30 : null,
      done ? 1 : random() < 0.2 ? 0.5 : 0, done ? day : null, done ? day + 3 : null, day, day + 5, 1000 + i, random() < 0.1 ? 250 : null,
      done ? '1,200' : null, random() < 0.5 ? `R${i % 200}[50%], R${(i + 7) % 200}` : `R${i % 200}`, 500,
      '2d', '3d', random() < 0.01 ? 'soon' : '5d', null,
    ]);
  }
  return { ...largePlanTables(0, seed), tasks: { values: rows } };
}

function measure(label: string, input: WorkbookInput, n: number, target: string): void {
  buildModel(input); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const model = buildModel(input);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (model.tasks.length !== n) throw new Error('bench plan lost tasks');
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[2].toFixed(0);
  console.log(
    `model: buildModel ${n.toLocaleString('en')} ${label}: best ${Math.min(...wall).toFixed(0)} ms, median ${median(wall)} ms, ` +
      `CPU median ${median(cpu)} ms, load ${loadavg()[0].toFixed(1)}${target}`,
  );
}

export function benchModel(): void {
  for (const n of [10_000, 100_000]) measure('task rows', largePlanTables(n), n, n === 100_000 ? '  (target < 300 ms)' : '');
  measure('task rows, every column', fullPlanTables(100_000), 100_000, '');
}

if (require.main === module) benchModel();
