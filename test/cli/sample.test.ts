/** The sample plan is what the brief asks of it: realistic, complete and clean. */
import { officeRelocation, officeRelocationInput } from '../../samples/officeRelocation';
import { buildModel } from '../../src/model/buildModel';

const model = buildModel(officeRelocationInput());
const [taskHeader, ...taskRows] = officeRelocation.tables.tasks!;
const col = (name: string) => taskHeader.indexOf(name);

describe('the office relocation sample', () => {
  it('checks clean', () => {
    expect(model.issues).toEqual([]);
  });

  it('has 80 to 110 tasks with summaries, milestones and three outline levels', () => {
    expect(model.tasks.length).toBeGreaterThanOrEqual(80);
    expect(model.tasks.length).toBeLessThanOrEqual(110);
    expect(model.tasks.filter((t) => t.summary).length).toBeGreaterThanOrEqual(10);
    expect(model.tasks.filter((t) => !t.summary && t.duration === 0).length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...model.tasks.map((t) => t.outlineLevel))).toBe(3);
  });

  it('uses every link type, lags in days and %, and leads', () => {
    const links = model.tasks.flatMap((t) => t.predecessors);
    expect(new Set(links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
    expect(links.some((l) => l.lag > 0)).toBe(true);
    expect(links.some((l) => l.lag < 0)).toBe(true);
    expect(taskRows.some((r) => /\+\d+%/.test(String(r[col('Predecessors')])))).toBe(true);
  });

  it('has constraints, a deadline and progress against a status date', () => {
    const types = new Set(model.tasks.map((t) => t.constraintType));
    for (const type of ['SNET', 'FNLT', 'MSO'] as const) expect(types).toContain(type);
    expect(model.tasks.some((t) => t.deadline !== null)).toBe(true);
    const status = model.settings.statusDate!;
    const started = model.tasks.filter((t) => t.actualStart !== null);
    expect(started.every((t) => t.actualStart! <= status && (t.actualFinish ?? status) <= status)).toBe(true);
    expect(model.tasks.some((t) => t.percentComplete > 0 && t.percentComplete < 1)).toBe(true);
    expect(model.tasks.filter((t) => t.percentComplete === 1).every((t) => t.actualFinish !== null)).toBe(true);
  });

  it('baselines every non-summary task: start, finish and cost', () => {
    for (const t of model.tasks.filter((x) => !x.summary)) {
      expect([t.id, t.baselineStart !== null, t.baselineFinish !== null, t.baselineCost !== null]).toEqual([t.id, true, true, true]);
    }
  });

  it('has about ten resources of every type, a part-timer, and assignments like Bob[50%]', () => {
    expect(model.resources.length).toBeGreaterThanOrEqual(9);
    expect(new Set(model.resources.map((r) => r.type))).toEqual(new Set(['Work', 'Material', 'Cost']));
    expect(model.resources.some((r) => r.type === 'Work' && r.maxUnits < 1)).toBe(true);
    expect(taskRows.some((r) => String(r[col('Resource Names')]).includes('Bob[50%]'))).toBe(true);
    expect(model.tasks.flatMap((t) => t.assignments).every((a) => a.resource !== null)).toBe(true);
  });

  it('has project holidays, one person\'s days off, a cost ledger and the settings', () => {
    expect(model.holidays.some((h) => h.resource === null)).toBe(true);
    expect(model.holidays.some((h) => h.resource !== null && h.end > h.start)).toBe(true);
    expect(model.actuals.length).toBeGreaterThanOrEqual(90);
    expect(model.actuals.every((a) => a.task !== null && a.category !== '' && a.date! <= model.settings.statusDate!)).toBe(true);
    expect(model.settings).toMatchObject({ currency: 'USD', hoursPerDay: 8, workWeek: [false, true, true, true, true, true, false] });
    expect(model.settings.projectName).toMatch(/Relocation/);
    expect(model.settings.projectStart).not.toBeNull();
  });
});
