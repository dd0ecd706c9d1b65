/**
 * A generated plan of any size: phases of nine chained tasks, twenty phases side by side, each
 * phase waiting for the one twenty before it (so 3000 tasks span about two years), with
 * baselines, resources and a ledger.
 */
import { buildModel } from '../../src/model/buildModel';
import type { CellValue, Model, WorkbookInput } from '../../src/model/types';
import type { InitialSheet } from '../host';
import { D } from './fixture';

const START = Date.UTC(2026, 0, 5);
const day = (offset: number) => new Date(START + offset * 86_400_000);

export interface BigPlan {
  input: WorkbookInput;
  model: Model;
  sheets: InitialSheet[];
}

export function bigPlan(tasks: number): BigPlan {
  const rows: CellValue[][] = [['ID', 'Name', 'Duration', 'Predecessors', 'Outline Level', '% Complete', 'Baseline Start', 'Baseline Finish', 'Fixed Cost', 'Resource Names']];
  const ledger: CellValue[][] = [['Date', 'Task ID', 'Amount', 'Category']];
  let offset = 0;
  for (let id = 1; id <= tasks; id++) {
    if (id % 10 === 1) {
      rows.push([id, `Phase ${Math.ceil(id / 10)}`, null, null, 1, null, null, null, null, null]);
      offset = Math.floor((id - 1) / 200) * 40;
      continue;
    }
    const duration = 1 + (id % 7);
    const predecessor = id % 10 === 2 ? (id > 200 ? id - 192 : null) : id - 1;
    rows.push([id, `Task ${id}`, duration, predecessor, 2, id < tasks / 4 ? 1 : 0, day(offset), day(offset + duration + 1), 100 * (id % 5), `Worker ${id % 5}[50%]`]);
    if (id < tasks / 4) ledger.push([day(offset + 1), id, 250 + (id % 13) * 10, id % 2 ? 'Labour' : 'Materials']);
    offset += Math.ceil(duration / 2);
  }
  const resources: CellValue[][] = [['Name', 'Max Units', 'Std. Rate'], ...[0, 1, 2, 3, 4].map((k) => [`Worker ${k}`, 1, 50 + k * 10])];
  const settings: CellValue[][] = [['Setting', 'Value'], ['Project Name', 'Big plan'], ['Project Start', D('2026-01-05')]];
  const input: WorkbookInput = {
    tasks: { values: rows, sheet: 'Tasks', origin: 'A1' },
    resources: { values: resources, sheet: 'Resources', origin: 'A1' },
    actuals: { values: ledger, sheet: 'Actuals', origin: 'A1' },
    settings: { values: settings, sheet: 'Settings', origin: 'A1' },
  };
  const sheets: InitialSheet[] = [
    { name: 'Tasks', cells: rows },
    { name: 'Resources', cells: resources },
    { name: 'Actuals', cells: ledger },
    { name: 'Settings', cells: settings },
  ];
  return { input, model: buildModel(input), sheets };
}
