/** Building the model from tables: 100,000 task rows, target under 300 ms in Node. */
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

export function benchModel(): void {
  for (const n of [10_000, 100_000]) {
    const input = largePlanTables(n);
    buildModel(input); // warm up
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const model = buildModel(input);
      times.push(performance.now() - t0);
      if (model.tasks.length !== n) throw new Error('bench plan lost tasks');
    }
    const best = Math.min(...times);
    const target = n === 100_000 ? '  (target < 300 ms)' : '';
    console.log(`model: buildModel ${n.toLocaleString('en')} task rows: best ${best.toFixed(0)} ms, median ${times.sort((a, b) => a - b)[2].toFixed(0)} ms${target}`);
  }
}

if (require.main === module) benchModel();
