/**
 * The realistic sample plan: a head-office relocation of about a hundred tasks, as its tables.
 * scripts/make-sample.ts writes it to samples/office-relocation.xlsx; tests and the demo use these
 * same arrays, so they need not read the file.
 */
import { dateFromSerial } from '../src/model/dates';
import type { CellValue, Serial } from '../src/model/types';
import { DATE_FORMAT, inputOf, MONEY_FORMAT, PERCENT_FORMAT, type SampleWorkbook } from './layout';
import { assignmentsOf, budgetOf } from './officeRelocation/costs';
import { ledgerOf } from './officeRelocation/ledger';
import { iso } from './officeRelocation/plannedDates';
import { planHistory } from './officeRelocation/progress';
import { HOLIDAYS, RESOURCES, SETTINGS } from './officeRelocation/team';

const date = (serial: Serial | null): Date | null => (serial === null ? null : dateFromSerial(serial));

function durationText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

function build(): SampleWorkbook {
  const plan = planHistory();
  const tasks: CellValue[][] = [[
    'ID', 'WBS', 'Name', 'Outline Level', 'Duration', 'Predecessors', 'Resource Names', 'Constraint Type', 'Constraint Date',
    'Deadline', 'Priority', '% Complete', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Baseline Cost',
    'Fixed Cost', 'Notes',
  ]];
  for (const t of plan.tasks) {
    const s = t.spec;
    if (t.summary) {
      tasks.push([t.id, s.wbs, s.name, t.outlineLevel, null, null, null, null, null, null, null, null, null, null, null, null, null, null, s.notes ?? null]);
      continue;
    }
    const days = s.days ?? 0;
    tasks.push([
      t.id, s.wbs, s.name, t.outlineLevel, s.durationText ?? durationText(days), t.links.map((l) => l.text).join(', ') || null,
      s.resources ?? null, s.constraint?.type ?? 'As Soon As Possible', s.constraint ? date(iso(s.constraint.date)) : null,
      s.deadline ? date(iso(s.deadline)) : null, s.priority ?? 500, t.percent, date(t.actualStart), date(t.actualFinish),
      date(t.baselineStart), date(t.baselineFinish), budgetOf(assignmentsOf(s.resources), s.baselineDays ?? days, s.fixedCost ?? 0),
      s.fixedCost ?? null, s.notes ?? null,
    ]);
  }

  const resources: CellValue[][] = [['Name', 'Type', 'Group', 'Max Units', 'Std. Rate', 'Cost/Use', 'Material Label']];
  for (const r of RESOURCES) {
    resources.push([r.name, r.type, r.group, r.maxUnits ?? null, r.stdRate ?? null, r.costPerUse ?? null, r.materialLabel ?? null]);
  }

  const holidays: CellValue[][] = [['Date', 'End Date', 'Name', 'Resource']];
  for (const h of HOLIDAYS) holidays.push([date(iso(h.date)), h.endDate ? date(iso(h.endDate)) : null, h.name, h.resource ?? null]);

  const actuals: CellValue[][] = [['Date', 'Task ID', 'Amount', 'Category', 'Resource', 'Note']];
  for (const e of ledgerOf(plan)) actuals.push([date(e.date), e.taskId, e.amount, e.category, e.resource || null, e.note]);

  const settings: CellValue[][] = [
    ['Setting', 'Value'],
    ['Project Name', SETTINGS.projectName],
    ['Project Start', date(iso(SETTINGS.projectStart))],
    ['Status Date', date(iso(SETTINGS.statusDate))],
    ['Currency', SETTINGS.currency],
    ['Work Week', SETTINGS.workWeek],
    ['Hours Per Day', SETTINGS.hoursPerDay],
  ];

  const dates = Object.fromEntries(['Constraint Date', 'Deadline', 'Actual Start', 'Actual Finish', 'Baseline Start', 'Baseline Finish', 'Date', 'End Date'].map((h) => [h, DATE_FORMAT]));
  return {
    title: 'office-relocation',
    tables: { tasks, resources, holidays, actuals, settings },
    placements: [
      { key: 'tasks', name: 'Tasks', sheet: 'Tasks', origin: 'A1', asTable: true, formats: { ...dates, '% Complete': PERCENT_FORMAT, 'Baseline Cost': MONEY_FORMAT, 'Fixed Cost': MONEY_FORMAT } },
      { key: 'resources', name: 'Resources', sheet: 'Resources', origin: 'A1', asTable: true, formats: { 'Max Units': PERCENT_FORMAT, 'Std. Rate': MONEY_FORMAT, 'Cost/Use': MONEY_FORMAT } },
      { key: 'holidays', name: 'Holidays', sheet: 'Holidays', origin: 'A1', asTable: true, formats: dates },
      { key: 'actuals', name: 'Actuals', sheet: 'Cost Ledger', origin: 'A1', asTable: true, formats: { ...dates, Amount: MONEY_FORMAT } },
      { key: 'settings', name: 'Settings', sheet: 'Settings', origin: 'B2', asTable: true, },
    ],
  };
}

export const officeRelocation: SampleWorkbook = build();

/** The sample as the model's input, with the sheets and origins the .xlsx has. */
export function officeRelocationInput() {
  return inputOf(officeRelocation);
}
