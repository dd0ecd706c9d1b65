/**
 * Earned value worked out straight from contract §3, for the report tests while the engine is
 * being written: BAC per leaf (the engine's budget), PV spread evenly over the baseline working
 * days (current dates without a baseline), EV = BAC × % complete, AC from the ledger (undated
 * entries count), ratios null on a zero divisor, and earned schedule.
 */
import { taskBudgets } from '../../src/engine/cost/budget';
import { makeCalendar } from '../../src/model/calendar';
import { holidayDays } from '../../src/model/holidays';
import type { Model, Serial } from '../../src/model/types';
import type { EarnedValueResult, ScheduleResult, TaskEarnedValue } from '../../src/engine/types';

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function referenceEarnedValue(model: Model, schedule: ScheduleResult, statusDate: Serial): EarnedValueResult {
  const calendar = makeCalendar(model.settings.workWeek, holidayDays(model.holidays));
  const { bac } = taskBudgets(model);
  const windowOf = (i: number) => {
    const t = model.tasks[i];
    return t.baselineStart !== null && t.baselineFinish !== null
      ? { from: t.baselineStart, until: t.baselineFinish }
      : { from: schedule.tasks[i].start, until: schedule.tasks[i].finish };
  };
  const pvAt = (i: number, day: Serial) => {
    const { from, until } = windowOf(i);
    if (day < from) return 0;
    const all = calendar.workingDaysBetween(from, until);
    if (all === 0) return day >= until ? bac[i] : 0;
    return (bac[i] * calendar.workingDaysBetween(from, Math.min(day, until))) / all;
  };
  const ledger = model.tables.Actuals !== undefined;
  const counted = model.actuals.filter((a) => a.date === null || a.date <= statusDate);

  const leaf: TaskEarnedValue[] = model.tasks.map((t) => ({
    task: t.index,
    bac: t.summary ? 0 : bac[t.index],
    pv: t.summary ? 0 : pvAt(t.index, statusDate),
    ev: t.summary ? 0 : bac[t.index] * t.percentComplete,
    ac: ledger ? counted.filter((a) => a.task === t.index).reduce((s, a) => s + a.amount, 0) : t.summary ? 0 : t.actualCost ?? 0,
  }));
  const tasks = leaf.map((e) => ({ ...e }));
  for (const t of model.tasks) {
    if (t.summary) continue;
    for (let p = t.parent; p !== null; p = model.tasks[p].parent) {
      for (const k of ['bac', 'pv', 'ev'] as const) tasks[p][k] += leaf[t.index][k];
    }
  }
  for (const t of model.tasks) {
    if (!ledger || leaf[t.index].ac === 0) continue;
    for (let p = t.parent; p !== null; p = model.tasks[p].parent) tasks[p].ac += leaf[t.index].ac;
  }
  const sum = (k: 'bac' | 'pv' | 'ev') => model.tasks.reduce((s, t) => s + (t.summary ? 0 : leaf[t.index][k]), 0);
  const BAC = sum('bac');
  const PV = sum('pv');
  const EV = sum('ev');
  const AC = ledger ? counted.reduce((s, a) => s + a.amount, 0) : model.tasks.reduce((s, t) => s + (t.summary ? 0 : t.actualCost ?? 0), 0);
  const cpi = ratio(EV, AC);
  const spi = ratio(EV, PV);
  const eac = cpi === null ? null : AC + (BAC - EV) / cpi;

  // Earned schedule in working days from the earliest baseline start.
  const leaves = model.tasks.filter((t) => !t.summary).map((t) => t.index);
  const start = Math.min(...leaves.map((i) => windowOf(i).from));
  const end = Math.max(...leaves.map((i) => windowOf(i).until));
  const first = calendar.ordinalOnOrAfter(start);
  const pvAfter = (k: number) => (k <= 0 ? 0 : leaves.reduce((s, i) => s + pvAt(i, calendar.dateOf(first + k - 1)), 0));
  let c = 0;
  while (pvAfter(c + 1) <= EV && c < calendar.ordinalOnOrBefore(end) - first + 1) c++;
  const step = pvAfter(c + 1) - pvAfter(c);
  const es = step === 0 ? c : c + (EV - pvAfter(c)) / step;
  const at = calendar.workingDaysBetween(start, statusDate);
  const spit = ratio(es, at);
  const pd = calendar.workingDaysBetween(start, end);
  const ieac = spit === null || spit === 0 ? null : pd / spit;

  return {
    statusDate, currency: model.settings.currency,
    bac: BAC, pv: PV, ev: EV, ac: AC, sv: EV - PV, cv: EV - AC, spi, cpi, eac,
    etc: eac === null ? null : eac - AC,
    vac: eac === null ? null : BAC - eac,
    tcpi: ratio(BAC - EV, BAC - AC),
    svPercent: ratio(EV - PV, PV), cvPercent: ratio(EV - AC, EV),
    es, at, spit, svt: spit === null ? null : es - at,
    forecastFinish: ieac === null ? null : calendar.dateOf(first + Math.ceil(ieac) - 1),
    eacAlternatives: { cpi: eac, cpiSpi: null, atypical: AC + BAC - EV },
    tasks, issues: [],
  };
}
