/**
 * The PM.* custom functions. The JSDoc here is the source of dist/functions.json (the build runs
 * custom-functions-metadata over this file); each function is a one-line wrapper around its core
 * in ./cores, and is registered with CustomFunctions.associate at the bottom, on load.
 * Each wrapper lists its arguments in declared order: that pairs them with their cell addresses.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands over untyped cells */
import { single, spill } from './answer';
import { checkCore } from './cores/check';
import { criticalPathCore } from './cores/criticalPath';
import { evmCore } from './cores/evm';
import { finishCore } from './cores/finish';
import { levelCore } from './cores/level';
import { loadingCore } from './cores/loading';
import { scheduleCore } from './cores/schedule';
import { scurveCore } from './cores/scurve';

/**
 * Lists every problem in the plan: severity, table, row, column, message; or OK.
 * @customfunction CHECK
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param [resources] The Resources table with its header row.
 * @param [holidays] The Holidays table with its header row.
 * @param [actuals] The Actuals table (cost ledger) with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns One row per problem, or a single OK.
 */
export function check(tasks: any[][], resources?: any[][], holidays?: any[][], actuals?: any[][], settings?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return spill(checkCore, { tasks, resources, holidays, actuals, settings }, invocation);
}

/**
 * Schedules the plan: ID, Start, Finish, Late Start, Late Finish, Total Float, Free Float, Critical.
 * @customfunction SCHEDULE
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [statusDate] Data date: remaining work is scheduled after it. A date or text like 2026-03-31.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns A header row and one row per task, in the order of the Tasks table.
 */
export function schedule(tasks: any[][], holidays?: any[][], settings?: any[][], statusDate?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return spill(scheduleCore, { tasks, holidays, settings, statusDate }, invocation);
}

/**
 * The project finish date.
 * @customfunction FINISH
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [statusDate] Data date: remaining work is scheduled after it. A date or text like 2026-03-31.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns The finish date.
 */
export function finish(tasks: any[][], holidays?: any[][], settings?: any[][], statusDate?: any, invocation?: CustomFunctions.Invocation): any {
  return single(finishCore, { tasks, holidays, settings, statusDate }, invocation);
}

/**
 * The IDs of the critical tasks, in schedule order.
 * @customfunction CRITICALPATH
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns One critical task ID per row.
 */
export function criticalPath(tasks: any[][], holidays?: any[][], settings?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return spill(criticalPathCore, { tasks, holidays, settings }, invocation);
}

/**
 * Earned value on a status date: BAC, PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI, SV%, CV%, ES, SPI(t), Forecast Finish.
 * @customfunction EVM
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param statusDate The status date. A date or text like 2026-03-31; blank uses the Settings' Status Date.
 * @param [actuals] The Actuals table (cost ledger) with its header row.
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [metric] One figure only, by its name, e.g. "CPI" or "Forecast Finish".
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns Two columns, name and value; or the one figure asked for.
 */
export function evm(tasks: any[][], statusDate: any, actuals?: any[][], holidays?: any[][], settings?: any[][], metric?: string, invocation?: CustomFunctions.Invocation): any[][] {
  return spill(evmCore, { tasks, statusDate, actuals, holidays, settings, metric }, invocation);
}

/**
 * Cumulative planned value, earned value and actual cost at each date: the data of an S-curve chart.
 * @customfunction SCURVE
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param dates A column of dates (a heading on top is allowed); or day, week or month for one row per period.
 * @param [actuals] The Actuals table (cost ledger) with its header row.
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns A header row, then Date, Planned Value, Earned Value and Actual Cost for each date.
 */
export function sCurve(tasks: any[][], dates: any, actuals?: any[][], holidays?: any[][], settings?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return spill(scurveCore, { tasks, dates, actuals, holidays, settings }, invocation);
}

/**
 * Hours of work per resource and period.
 * @customfunction LOADING
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param resources The Resources table with its header row.
 * @param [period] day, week (default) or month.
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns A header of period starts, then one row of hours per resource.
 */
export function loading(tasks: any[][], resources: any[][], period?: string, holidays?: any[][], settings?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return spill(loadingCore, { tasks, resources, period, holidays, settings }, invocation);
}

/**
 * The resource-leveled schedule: as PM.SCHEDULE, with a Leveling Delay column in working days.
 * @customfunction LEVEL
 * @param tasks The Tasks table with its header row, e.g. Tasks[#All].
 * @param resources The Resources table with its header row.
 * @param [holidays] The Holidays table with its header row.
 * @param [settings] The Settings table: columns Setting and Value.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns A header row and one row per task, in the order of the Tasks table.
 */
export function level(tasks: any[][], resources: any[][], holidays?: any[][], settings?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return spill(levelCore, { tasks, resources, holidays, settings }, invocation);
}

// Outside Excel (the task pane opened in a plain browser) there is no runtime to register with.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('CHECK', check);
  CustomFunctions.associate('SCHEDULE', schedule);
  CustomFunctions.associate('FINISH', finish);
  CustomFunctions.associate('CRITICALPATH', criticalPath);
  CustomFunctions.associate('EVM', evm);
  CustomFunctions.associate('SCURVE', sCurve);
  CustomFunctions.associate('LOADING', loading);
  CustomFunctions.associate('LEVEL', level);
}
