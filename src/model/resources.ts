/** The Resources table: people, equipment and materials with their rates and capacity. */
import { RESOURCE_HEADERS } from './headers';
import { RowReader } from './fields';
import { numberFromText } from './parse/cells';
import { readTable } from './table';
import type { Issue, Resource, ResourceType, Settings, TableInput, TableLocation } from './types';

const TYPES: Record<string, ResourceType> = { work: 'Work', material: 'Material', cost: 'Cost' };

export function readResources(input: TableInput | undefined, settings: Settings, issues: Issue[]): { resources: Resource[]; location: TableLocation | null } {
  const resources: Resource[] = [];
  if (!input) return { resources, location: null };
  const table = readTable('Resources', input, RESOURCE_HEADERS);
  if (table.columns.name === undefined) {
    issues.push(table.issue('error', null, null, 'Resources needs a Name column. Add a column headed Name.'));
    return { resources, location: table.location };
  }
  const seen = new Set<string>();
  for (const { values, row } of table.rows) {
    const r = new RowReader(table, values, row, issues, `Resource on row ${row}`);
    const name = r.text('name');
    if (name === '') {
      r.report('error', 'name', 'the resource has no name. Type a unique name, or delete the row.');
      continue;
    }
    r.label = `Resource '${name}'`;
    if (seen.has(name.toLowerCase())) {
      r.report('error', 'name', `the name '${name}' is used twice. Give each resource a unique name.`);
      continue;
    }
    seen.add(name.toLowerCase());
    const typeText = r.text('type');
    const type = typeText === '' ? 'Work' : TYPES[typeText.toLowerCase()];
    if (type === undefined) r.report('error', 'type', `Type '${typeText}' is not a resource type. Use Work, Material or Cost.`);
    resources.push({
      index: resources.length,
      name,
      row,
      maxUnits: readMaxUnits(r),
      stdRate: readRate(r, settings),
      costPerUse: r.number('costPerUse', 'a cost per use, such as 150') ?? 0,
      type: type ?? 'Work',
    });
  }
  return { resources, location: table.location };
}

/** `100%` or 1 → 1; a bare count above 1 (`4`) → 4 units. */
function readMaxUnits(r: RowReader<keyof typeof RESOURCE_HEADERS>): number {
  const raw = r.raw('maxUnits');
  if (!r.has('maxUnits')) {
    r.text('maxUnits'); // reports an error value, if any
    return 1;
  }
  const text = typeof raw === 'string' ? raw.trim() : null;
  const units = text !== null && text.endsWith('%') ? r.share('maxUnits', { min: 0, max: 1e6 }, 'units like 100%, 50% or a count like 3') : r.number('maxUnits', 'units like 100%, 50% or a count like 3', { min: 0 });
  return units ?? 1;
}

const RATE_PER = /^(.*?)\s*\/\s*(h|hr|hour|d|day|w|wk|week|mo|mon|month|y|yr|year)$/i;

/** Std. Rate per hour, from `50`, `$50.00/hr` or `$400/day`. */
function readRate(r: RowReader<keyof typeof RESOURCE_HEADERS>, settings: Settings): number {
  const raw = r.raw('stdRate');
  if (typeof raw === 'string') {
    const m = RATE_PER.exec(raw.trim());
    if (m) {
      const amount = numberFromText(m[1]);
      // RATE_PER's units differ in their first letter (every m is a month).
      const hours: Record<string, number> = {
        h: 1,
        d: settings.hoursPerDay,
        w: settings.hoursPerDay * settings.daysPerWeek,
        m: settings.hoursPerDay * settings.daysPerMonth,
        y: settings.hoursPerDay * settings.daysPerMonth * 12,
      };
      if (amount !== null) return amount / hours[m[2][0].toLowerCase()];
    }
  }
  return r.number('stdRate', 'a cost per hour, such as 85 or $85.00/hr') ?? 0;
}
