/** PM.FINISH: the project finish date. */
import type { ScheduleResult } from '../../engine/types';
import { dateArgument } from '../arguments';
import { readWorkbook, type Call } from './call';
import { dateCell, notAvailable, type Cell, type Outcome } from './outcome';
import type { ScheduleArgs } from './schedule';

export function finishCell(result: ScheduleResult): Cell {
  return dateCell(result.project.finish);
}

// STUB: waits for src/engine/schedule.ts; then: readPlan -> schedule(model, { statusDate }) -> finishCell.
export function finishCore(call: Call<ScheduleArgs>): Outcome<Cell> {
  const input = readWorkbook(call);
  if (!input.ok) return input;
  const statusDate = dateArgument(call.args.statusDate, 'statusDate');
  if (!statusDate.ok) return statusDate;
  return notAvailable('PM.FINISH is not available yet');
}
