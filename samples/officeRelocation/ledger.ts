/**
 * The cost ledger up to the status date: timesheets per person and month, contractor and vendor
 * invoices, materials and fees, as a finance team would book them.
 */
import type { Calendar } from '../../src/model/calendar';
import { partsOfSerial } from '../../src/model/dates';
import type { Serial } from '../../src/model/types';
import { assignmentCost, assignmentsOf, round2 } from './costs';
import type { PlanHistory } from './progress';

export interface LedgerEntry {
  date: Serial;
  taskId: number;
  amount: number;
  category: 'Labor' | 'Contractor' | 'Vendor' | 'Materials' | 'Fees' | 'Expenses';
  resource: string;
  note: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ledgerOf(plan: PlanHistory): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let invoice = 4100;
  for (const t of plan.tasks) {
    if (t.summary || t.actualStart === null) continue;
    const worked = workedDays(plan.calendar, t.actualStart, t.daysWorked);
    for (const a of assignmentsOf(t.spec.resources)) {
      const { resource } = a;
      if (resource.type === 'Work') {
        // One booking per person and half-month, dated on the last day worked in it.
        for (const [label, days] of halfMonths(worked)) {
          entries.push({
            date: days[days.length - 1], taskId: t.id, amount: round2(assignmentCost({ ...a, resource: { ...resource, costPerUse: 0 } }, days.length)),
            category: resource.group === 'Contractor' || resource.group === 'External' ? 'Contractor' : 'Labor',
            resource: resource.name, note: resource.group === 'Contractor' || resource.group === 'External' ? `Invoice INV-${invoice++}, ${label}` : `Timesheets ${label}`,
          });
        }
        if (resource.costPerUse) entries.push({ date: worked[0], taskId: t.id, amount: resource.costPerUse, category: 'Contractor', resource: resource.name, note: 'Call-out charge' });
      } else {
        entries.push({
          date: worked[0], taskId: t.id, amount: round2(assignmentCost(a, t.daysWorked)),
          category: resource.type === 'Material' ? 'Materials' : 'Fees', resource: resource.name,
          note: resource.type === 'Material' ? `${a.units} ${resource.materialLabel ?? 'unit'}s` : 'Paid to the city',
        });
      }
    }
    if (t.spec.fixedCost) {
      // Vendors bill on completion, or a progress claim for the share done.
      const share = t.actualFinish !== null ? 1 : t.percent;
      entries.push({
        date: worked[worked.length - 1], taskId: t.id, amount: round2(t.spec.fixedCost * share), category: 'Vendor', resource: '',
        note: t.actualFinish !== null ? `Invoice INV-${invoice++}` : `Progress claim ${Math.round(share * 100)}%, INV-${invoice++}`,
      });
    }
    for (const e of t.spec.expenses ?? []) {
      if (e.day < worked.length) entries.push({ date: worked[e.day], taskId: t.id, amount: e.amount, category: 'Expenses', resource: '', note: e.note });
    }
    if (t.spec.extraCost && t.actualFinish !== null) {
      entries.push({ date: t.actualFinish, taskId: t.id, amount: t.spec.extraCost.amount, category: 'Vendor', resource: '', note: t.spec.extraCost.note });
    }
  }
  return entries.sort((a, b) => a.date - b.date || a.taskId - b.taskId);
}

/** The working days a task was worked, from its actual start. */
function workedDays(calendar: Calendar, start: Serial, count: number): Serial[] {
  const first = calendar.ordinalOnOrAfter(start);
  return Array.from({ length: Math.max(1, count) }, (_, k) => calendar.dateOf(first + k));
}

function halfMonths(days: readonly Serial[]): [string, Serial[]][] {
  const groups = new Map<string, Serial[]>();
  for (const d of days) {
    const { year, month, day } = partsOfSerial(d);
    const label = `${day <= 15 ? '1-15' : '16-end'} ${MONTHS[month - 1]} ${year}`;
    groups.set(label, [...(groups.get(label) ?? []), d]);
  }
  return [...groups.entries()];
}
