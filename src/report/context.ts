/** What every report sheet needs: the model, the engines' results, the calendar and the input cells. */
import type { Calendar } from '../model/calendar';
import type { Model, Serial, WorkbookInput } from '../model/types';
import { projectCalendar } from '../engine/cost/projectCalendar';
import { actualCosts, type ActualCosts } from '../engine/earnedValue/actualCost';
import type { EarnedValueResult, LoadingResult, ScheduleResult, TaskEarnedValue } from '../engine/types';
import { InputCells } from './inputCells';
import { moneyFormat } from './styles';

export interface ReportResults {
  schedule: ScheduleResult;
  earnedValue: EarnedValueResult;
  loading: LoadingResult;
}

export interface ReportOptions {
  /** The tables buildModel read: lets formulas point at the input cells. Without it, figures are values. */
  input?: WorkbookInput;
  /** When the report is made, for footers; an ISO date-time. Defaults to now. */
  madeAt?: string;
  /** Sheet names wanted; a writer adds a suffix when one is taken. */
  names?: { status?: string; gantt?: string; loading?: string };
  /** Which sheets to make; all three by default. */
  sheets?: readonly ('status' | 'gantt' | 'loading')[];
}

export interface ReportContext {
  model: Model;
  results: ReportResults;
  /** The earned-value figures of each task, by task index. */
  earnedByTask: ReadonlyMap<number, TaskEarnedValue>;
  statusDate: Serial;
  /** The ledger and Actual Cost column at the status date, as the earned-value engine counts them. */
  actualCosts: ActualCosts;
  calendar: Calendar;
  cells: InputCells;
  money: string;
  madeAt: string;
  /** Notes for the reader, collected while building. */
  notes: string[];
}

export function makeContext(model: Model, results: ReportResults, options: ReportOptions): ReportContext {
  const cells = new InputCells(model, options.input);
  const notes: string[] = [];
  if (!cells.available) notes.push('The input tables were not given to the report, so its cost figures are values, not formulas over the tables.');
  return {
    model,
    results,
    earnedByTask: new Map(results.earnedValue.tasks.map((e) => [e.task, e])),
    statusDate: results.earnedValue.statusDate,
    actualCosts: actualCosts(model, results.earnedValue.statusDate),
    calendar: projectCalendar(model),
    cells,
    money: moneyFormat(results.earnedValue.currency || model.settings.currency),
    madeAt: options.madeAt ?? new Date().toISOString(),
    notes,
  };
}

/** `2026-03-31 14:05` from an ISO date-time, for footers. */
export function madeAtText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}
