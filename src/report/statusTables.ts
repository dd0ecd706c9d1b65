/** The lists on the status sheet: milestones, budget by WBS and by category, late and critical work, over-allocated resources. */
import type { Task } from '../model/types';
import type { ReportContext } from './context';
import { criterion, type Ledger } from './ledger';
import { abs } from './refs';
import type { SheetBuilder } from './sheetBuilder';
import { workingDayShift } from './statusHeader';
import { STATUS_RIGHT } from './statusLayout';
import { wrappedHeight } from './textFit';
import { FORMATS, indentStyle } from './styles';
import { PERIODS } from './timeGrid';
import { helperStandIns } from './workings';


/** Characters of "why it is listed" that fit on one line of column I. */
const STATUS_REASON_CHARS = 40;

/** Most rows a list shows; the rest are counted in a closing line. */
const LIST_LIMIT = 500;

function section(b: SheetBuilder, row: number, title: string): void {
  b.section(row, title, STATUS_RIGHT);
}

/** Column heads, two lines high so none is cut off. */
function heads(b: SheetBuilder, row: number, texts: readonly string[]): void {
  b.headers(row, 1, texts);
  // The ID and name columns hold text, read from the left.
  b.headers(row, 1, texts.slice(0, 2), 'headerLeft');
  b.height(row, 30);
}

function emptyLine(b: SheetBuilder, row: number, text: string): number {
  b.value(row, 1, text, 'hint');
  return row + 2;
}

export function writeMilestones(b: SheetBuilder, ctx: ReportContext, top: number): number {
  section(b, top, 'Milestones');
  const milestones = ctx.model.tasks.filter((t) => !t.summary && t.duration === 0);
  if (milestones.length === 0) return emptyLine(b, top + 1, 'The plan has no milestones (tasks of duration 0).');
  heads(b, top + 1, ['ID', 'Milestone', 'Baseline', 'Forecast', 'Variance (days)', 'Status']);
  let row = top + 2;
  for (const t of milestones) {
    const sched = ctx.results.schedule.tasks[t.index];
    const baseline = t.baselineFinish ?? t.baselineStart;
    const variance = baseline === null ? null : workingDayShift(ctx, baseline, sched.finish);
    const done = t.percentComplete >= 1 || t.actualFinish !== null;
    const status = done ? 'Done' : baseline === null ? 'No baseline' : (variance as number) > 0 ? 'Late' : (variance as number) < 0 ? 'Early' : 'On time';
    b.value(row, 1, t.id);
    b.value(row, 2, t.name);
    if (baseline !== null) b.value(row, 3, baseline, undefined, FORMATS.date);
    b.value(row, 4, sched.finish, undefined, FORMATS.date);
    if (variance !== null) b.value(row, 5, variance, undefined, FORMATS.signedDays);
    b.value(row, 6, status, status === 'Late' ? 'bad' : status === 'Done' ? 'good' : 'centre');
    row += 1;
  }
  return row + 1;
}

export function writeBudgetByWbs(b: SheetBuilder, ctx: ReportContext, ledger: Ledger, top: number, acCell: string): number {
  section(b, top, 'Budget and actuals by WBS (top level)');
  const tops = ctx.model.tasks.filter((t) => t.parent === null);
  if (tops.length === 0) return emptyLine(b, top + 1, 'The plan has no tasks.');
  heads(b, top + 1, ['ID', 'WBS element', 'BAC', 'PV', 'EV', 'AC', 'CV', 'CPI', 'Spent of budget (AC / BAC)']);
  const money = ctx.money;
  let row = top + 2;
  const first = row;
  const totals = { bac: 0, pv: 0, ev: 0, ac: 0 };
  const ratios = (r: number, ev: number, ac: number, bac: number, style?: string) => {
    b.formula(r, 7, `E${r}-F${r}`, ev - ac, money, style);
    b.formula(r, 8, `IF(F${r}=0,"",E${r}/F${r})`, ac === 0 ? '' : ev / ac, FORMATS.ratio, style);
    b.formula(r, 9, `IF(C${r}=0,"",F${r}/C${r})`, bac === 0 ? '' : ac / bac, FORMATS.percent, style);
  };
  for (const t of tops) {
    const e = ctx.earnedByTask.get(t.index);
    const v = { bac: e?.bac ?? 0, pv: e?.pv ?? 0, ev: e?.ev ?? 0, ac: e?.ac ?? 0 };
    b.value(row, 1, t.id);
    b.value(row, 2, t.name, t.summary ? 'label' : indentStyle(1));
    b.formula(row, 3, b.later(`bac:${t.index}`), v.bac, money);
    b.formula(row, 4, b.later(`pv:${t.index}`), v.pv, money);
    b.formula(row, 5, b.later(`ev:${t.index}`), v.ev, money);
    b.formula(row, 6, b.later(`ac:${t.index}`), v.ac, money);
    ratios(row, v.ev, v.ac, v.bac);
    for (const k of ['bac', 'pv', 'ev', 'ac'] as const) totals[k] += v[k];
    row += 1;
  }
  const unlinked = ledger.present ? ctx.model.actuals.filter((a) => a.task === null && (a.date === null || a.date <= ctx.statusDate)) : [];
  if (unlinked.length > 0) {
    const amount = unlinked.reduce((s, a) => s + a.amount, 0);
    b.value(row, 2, 'Ledger entries for no known task', 'hint');
    b.formula(row, 6, `${acCell}-SUM(F${first}:F${row - 1})`, amount, money);
    totals.ac += amount;
    row += 1;
  }
  b.value(row, 1, null, 'total');
  b.value(row, 2, 'Total', 'total');
  const sum = (c: string) => `SUM(${c}${first}:${c}${row - 1})`;
  b.formula(row, 3, sum('C'), totals.bac, money, 'total');
  b.formula(row, 4, sum('D'), totals.pv, money, 'total');
  b.formula(row, 5, sum('E'), totals.ev, money, 'total');
  b.formula(row, 6, sum('F'), totals.ac, money, 'total');
  ratios(row, totals.ev, totals.ac, totals.bac, 'total');
  return row + 2;
}

export function writeActualsByCategory(b: SheetBuilder, ctx: ReportContext, ledger: Ledger, top: number, sd: string, acCell: string): number {
  if (!ledger.present) return top;
  section(b, top, 'Actual cost by ledger category');
  const groups = new Map<string, { text: string; amount: number }>();
  for (const a of ctx.model.actuals) {
    const key = a.category.toLowerCase();
    const g = groups.get(key) ?? { text: a.category, amount: 0 };
    if (a.date === null || a.date <= ctx.statusDate) g.amount += a.amount;
    groups.set(key, g);
  }
  if (groups.size === 0) return emptyLine(b, top + 1, 'The Actuals ledger has no entries yet.');
  const hasColumn = ctx.cells.has('Actuals', 'category');
  heads(b, top + 1, ['Category', '', 'AC to status date', 'Share of AC']);
  b.merge(top + 1, 1, top + 1, 2);
  const helper = helperStandIns(b, ledger);
  let row = top + 2;
  const first = row;
  let total = 0;
  for (const g of groups.values()) {
    b.value(row, 1, g.text === '' ? '(no category)' : g.text, g.text === '' ? 'hint' : undefined);
    b.merge(row, 1, row, 2);
    const formula = ledger.direct && hasColumn ? ledger.sum(sd, helper, { category: criterion(g.text, abs(row, 1)) }) : null;
    if (formula !== null) b.formula(row, 3, formula, g.amount, ctx.money);
    else b.value(row, 3, g.amount, 'supplied', ctx.money);
    b.formula(row, 4, `IF(${acCell}=0,"",C${row}/${acCell})`, ctx.results.earnedValue.ac === 0 ? '' : g.amount / ctx.results.earnedValue.ac, FORMATS.percent);
    total += g.amount;
    row += 1;
  }
  b.value(row, 1, 'Total', 'total');
  b.value(row, 2, null, 'total');
  b.formula(row, 3, `SUM(C${first}:C${row - 1})`, total, ctx.money, 'total');
  b.value(row, 4, null, 'total');
  return row + 2;
}

export function writeLateAndCritical(b: SheetBuilder, ctx: ReportContext, top: number): number {
  section(b, top, 'Late and critical work');
  const schedule = ctx.results.schedule;
  const listed: { t: Task; why: string[] }[] = [];
  for (const i of schedule.order) {
    const t = ctx.model.tasks[i];
    const s = schedule.tasks[i];
    if (t.summary || t.percentComplete >= 1 || t.actualFinish !== null) continue;
    const why: string[] = [];
    if (s.critical) why.push('critical');
    if (s.totalFloat < 0) why.push('negative float');
    if (t.baselineFinish !== null && s.finish > t.baselineFinish) why.push('finishes after its baseline');
    if (t.percentComplete === 0 && t.baselineStart !== null && t.baselineStart <= ctx.statusDate) why.push('not started by the status date');
    if (t.deadline !== null && s.finish > t.deadline) why.push('misses its deadline');
    if (why.length > 0) listed.push({ t, why });
  }
  if (listed.length === 0) return emptyLine(b, top + 1, 'No late or critical work remains.');
  heads(b, top + 1, ['ID', 'Task', 'Start', 'Finish', 'Baseline finish', 'Slip (working days)', 'Float (working days)', '% Complete', 'Why it is listed']);
  let row = top + 2;
  for (const { t, why } of listed.slice(0, LIST_LIMIT)) {
    const s = schedule.tasks[t.index];
    b.value(row, 1, t.id);
    b.value(row, 2, t.name);
    b.value(row, 3, s.start, undefined, FORMATS.date);
    b.value(row, 4, s.finish, undefined, FORMATS.date);
    if (t.baselineFinish !== null) {
      b.value(row, 5, t.baselineFinish, undefined, FORMATS.date);
      b.value(row, 6, workingDayShift(ctx, t.baselineFinish, s.finish), undefined, FORMATS.signedDays);
    }
    b.value(row, 7, s.totalFloat, undefined, FORMATS.days);
    b.value(row, 8, t.percentComplete, undefined, FORMATS.wholePercent);
    const reasons = why.join(', ');
    b.value(row, 9, reasons, 'wrap');
    if (reasons.length > STATUS_REASON_CHARS) b.height(row, wrappedHeight(reasons, STATUS_REASON_CHARS));
    row += 1;
  }
  if (listed.length > LIST_LIMIT) {
    b.value(row, 2, `… and ${listed.length - LIST_LIMIT} more (see the Gantt sheet).`, 'hint');
    row += 1;
  }
  return row + 1;
}

export function writeOverAllocated(b: SheetBuilder, ctx: ReportContext, top: number): number {
  section(b, top, 'Over-allocated resources');
  const loading = ctx.results.loading;
  const over = loading.resources.filter((r) => r.overallocated.some(Boolean));
  if (over.length === 0) return emptyLine(b, top + 1, 'No resource is over its capacity.');
  heads(b, top + 1, ['Resource', '', `${PERIODS[loading.period]} over capacity`, `First ${loading.period} over`, 'Peak load (hours)', 'Capacity then (hours)']);
  b.merge(top + 1, 1, top + 1, 2);
  let row = top + 2;
  for (const r of over) {
    const periods = r.overallocated.map((o, k) => (o ? k : -1)).filter((k) => k >= 0);
    const peak = periods.reduce((best, k) => (r.load[k] > r.load[best] ? k : best), periods[0]);
    b.value(row, 1, r.name);
    b.merge(row, 1, row, 2);
    b.value(row, 3, periods.length, undefined, FORMATS.count);
    b.value(row, 4, loading.periods[periods[0]], undefined, FORMATS.date);
    b.value(row, 5, r.load[peak], undefined, FORMATS.hours);
    b.value(row, 6, r.capacity[peak], undefined, FORMATS.hours);
    row += 1;
  }
  return row + 1;
}
