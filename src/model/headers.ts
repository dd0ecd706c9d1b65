/**
 * Header matching: case-insensitive, ignoring spaces, dots and underscores, accepting Microsoft
 * Project's own field names, so an MS Project "export to Excel" works as it is.
 */

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[\s._\u00a0]+/g, '');
}

/** Canonical field → accepted header spellings (already normalised). */
export type Synonyms<F extends string> = Record<F, readonly string[]>;

export const TASK_HEADERS = {
  id: ['id', 'taskid'],
  name: ['name', 'taskname', 'task'],
  duration: ['duration', 'dur'],
  predecessors: ['predecessors', 'predecessor', 'preds', 'dependencies', 'dependson'],
  outlineLevel: ['outlinelevel', 'level'],
  wbs: ['wbs', 'outlinenumber', 'wbscode'],
  start: ['start', 'startdate', 'fixedstart'],
  constraintType: ['constrainttype', 'constraint'],
  constraintDate: ['constraintdate'],
  deadline: ['deadline'],
  percentComplete: ['%complete', 'percentcomplete', 'complete', 'progress', '%done'],
  actualStart: ['actualstart'],
  actualFinish: ['actualfinish'],
  baselineStart: ['baselinestart'],
  baselineFinish: ['baselinefinish'],
  baselineCost: ['baselinecost', 'budget', 'budgetcost', 'bac'],
  fixedCost: ['fixedcost'],
  actualCost: ['actualcost'],
  resourceNames: ['resourcenames', 'resources', 'resource', 'assignedto'],
  priority: ['priority'],
  optimisticDuration: ['optimisticduration'],
  mostLikelyDuration: ['mostlikelyduration', 'expectedduration'],
  pessimisticDuration: ['pessimisticduration'],
  levelingDelay: ['levelingdelay', 'levellingdelay'],
} as const;

export const RESOURCE_HEADERS = {
  name: ['name', 'resourcename', 'resource'],
  maxUnits: ['maxunits', 'max', 'units', 'capacity'],
  stdRate: ['stdrate', 'standardrate', 'rate'],
  costPerUse: ['cost/use', 'costperuse'],
  type: ['type', 'resourcetype'],
} as const;

export const HOLIDAY_HEADERS = {
  date: ['date', 'start', 'startdate', 'from'],
  endDate: ['enddate', 'end', 'finish', 'to', 'until'],
  name: ['name', 'holiday', 'description'],
  resource: ['resource', 'resourcename'],
} as const;

export const ACTUAL_HEADERS = {
  date: ['date'],
  taskId: ['taskid', 'task', 'id'],
  amount: ['amount', 'cost', 'value'],
  category: ['category'],
  resource: ['resource'],
  note: ['note', 'notes', 'description'],
} as const;

export const SETTING_HEADERS = {
  setting: ['setting', 'key', 'name'],
  value: ['value'],
} as const;

/** Column index of each field found in the header row; first match wins. */
export function matchHeaders<F extends string>(headers: readonly string[], synonyms: Record<F, readonly string[]>): Partial<Record<F, number>> {
  const byName = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) for (const name of synonyms[field]) byName.set(name, field);
  const found: Partial<Record<F, number>> = {};
  headers.forEach((header, column) => {
    const field = byName.get(normaliseHeader(header));
    if (field !== undefined && found[field] === undefined) found[field] = column;
  });
  return found;
}
