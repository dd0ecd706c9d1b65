/**
 * Every Excel API the add-in calls must exist in the oldest Excel its manifest admits. The pane's
 * actions run against the in-memory host; each object path and member in the sync log is looked
 * up in @types/office-js (whose `[Api set: ExcelApi 1.x]` remarks mirror Microsoft's reference)
 * and compared with the ExcelApi version manifest.xml requires. A call newer than that must be
 * guarded with isSetSupported and listed in GUARDED. The table is docs/office-requirements.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertScheduleValues } from '../../src/excel/scheduleFormulas';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { createStarterTables } from '../../src/excel/starterTables';
import { writeDescription } from '../../src/excel/writeDescription';
import { DEFAULT_OPTIONS } from '../../src/taskpane/services/defaults';
import { createExcelService } from '../../src/taskpane/services/excelService';
import { watchTable } from '../../src/taskpane/services/office/watchTasks';
import { installHost, uninstallHost, type WorkbookHost } from '../host';
import { versionAtMost } from '../host/host';
import { fixtureReport } from '../report/helpers';
import { MONDAY } from './fixtures';

const ROOT = join(__dirname, '..', '..');

interface Member {
  set: string | null;
  type: string | null;
}

/** Excel class or interface → member → its API set and the type it gives. */
function excelTypes(): Map<string, Map<string, Member>> {
  const text = readFileSync(join(ROOT, 'node_modules/@types/office-js/index.d.ts'), 'utf8');
  const start = text.indexOf('declare namespace Excel {');
  const end = text.indexOf('    namespace Interfaces {', start);
  const types = new Map<string, Map<string, Member>>();
  let members: Map<string, Member> | null = null;
  let doc = '';
  for (const line of text.slice(start, end).split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('/**') || trimmed.startsWith('*')) {
      doc = trimmed.startsWith('/**') ? trimmed : `${doc} ${trimmed}`;
      continue;
    }
    const type = /^ {4}(?:export )?(?:class|interface) (\w+)/.exec(line);
    if (type) {
      members = new Map();
      types.set(type[1], members);
      doc = '';
      continue;
    }
    const member = /^ {8}(?:readonly\s+)?(\w+)\??(?:<[^>]*>)?(\(.*\))?\s*:\s*(.+?);\s*$/.exec(line);
    if (member && members && !members.has(member[1])) {
      const set = /\[Api set: ([^\]]+)\]/.exec(doc)?.[1] ?? null;
      const given = member[3].split('|')[0].trim().replace(/^Excel\./, '').replace(/<.*$/, '').replace(/\[\]$/, '');
      members.set(member[1], { set, type: given });
    }
    if (trimmed) doc = '';
  }
  return types;
}

/**
 * Members whose set depends on how they are called (the reference gives several): we add a
 * table column without an index and several table rows at once, both ExcelApi 1.4.
 */
const AS_CALLED: Record<string, string> = {
  'TableColumnCollection.add': 'ExcelApi 1.4',
  'TableRowCollection.add': 'ExcelApi 1.4',
};

/** Members newer than the manifest's minimum, each used only behind an isSetSupported check. */
const GUARDED: string[] = [];

/** Every Excel action of one run of each of the pane's actions (and the writers' other paths). */
async function everyAction(): Promise<WorkbookHost['syncs']> {
  const host = installHost(globalThis, { sheets: [{ name: 'Sheet1' }] });
  const service = createExcelService();
  const options = DEFAULT_OPTIONS;
  await service.createStarterTables();
  await service.loadOptions();
  await service.check(options);
  await service.insertScheduleFormulas(options);
  await service.level(options);
  await service.level(options);
  await service.clearLeveling(options);
  await service.createReport({ ...options, report: { ...options.report, sheets: { status: true, gantt: true, loading: true } } });
  await service.saveOptions({ ...options, project: { ...options.project, currency: 'EUR' } });
  await service.selectProblem({ severity: 'error', message: '', sheet: 'Tasks', cell: 'C3' } as Parameters<typeof service.selectProblem>[0]);
  await service.selectedTaskId(options);
  const off = await service.watchTasks(options, () => undefined);
  off();
  (await watchTable({ table: null, sheet: 'Tasks' }, () => undefined))();
  await host.eventsSettled();
  await new Promise((resolve) => setTimeout(resolve, 0));

  const context = host.requestContext();
  await readWorkbook(context, { chunkCells: 10 });
  await insertScheduleValues(context, [['ID', 'Start'], [1, MONDAY]]);
  await host.run((c) => writeDescription(c, fixtureReport()));
  // The undo path: a failed write deletes the sheets it added.
  const other = installHost(globalThis, { sheets: [{ name: 'Sheet1' }] });
  other.failOn({ sync: 2, action: 3 });
  await expect(createStarterTables(other.requestContext(), { today: MONDAY })).rejects.toMatchObject({ code: 'GeneralException' });
  return [...host.syncs, ...other.syncs];
}

/** `workbook.worksheets.getItem('Plan (2)').getRange('A1')` → its steps: worksheets, getItem, getRange. */
function steps(path: string): string[] {
  const bare = path.replace(/'(?:[^']|'')*'/g, '').replace(/"[^"]*"/g, '').replace(/\([^)]*\)/g, '');
  return bare.split('.').filter(Boolean);
}

interface Use {
  member: string;
  set: string;
}

function usesOf(syncs: WorkbookHost['syncs'], types: Map<string, Map<string, Member>>): { uses: Map<string, Use>; unknown: Set<string> } {
  const uses = new Map<string, Use>();
  const unknown = new Set<string>();
  const walk = (names: string[], where: string) => {
    let type: string | null = 'Workbook';
    for (const name of names.slice(names[0] === 'workbook' ? 1 : 0)) {
      if (type === null || !types.has(type)) return; // past Excel's types (OfficeExtension's event handlers)
      if (name === 'isNullObject' || name === 'items') {
        type = name === 'items' ? type.replace(/Collection$/, '') : type;
        continue;
      }
      const member: Member | undefined = types.get(type)!.get(name);
      if (!member) {
        unknown.add(`${type}.${name} (${where})`);
        return;
      }
      const key = `${type}.${name}`;
      const set = AS_CALLED[key] ?? member.set;
      if (set) uses.set(key, { member: key, set });
      type = member.type;
    }
  };
  for (const sync of syncs) {
    for (const action of sync.actions) {
      const path = steps(action.path);
      if (action.kind === 'load') {
        for (const load of action.name.split(',')) walk([...path, ...load.trim().split('/')], action.path);
      } else {
        walk([...path, ...steps(action.name)], action.path);
      }
    }
  }
  return { uses, unknown };
}

const versionOf = (set: string) => /(\d+\.\d+)/.exec(set)![1];

function manifestExcelApi(): string {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  return /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)![1];
}

afterEach(() => uninstallHost(globalThis));

describe('the Excel APIs the add-in calls', () => {
  it('exist in the ExcelApi version the manifest requires, unless guarded', async () => {
    const types = excelTypes();
    expect(types.get('Range')?.get('getOffsetRange')).toEqual({ set: 'ExcelApi 1.1', type: 'Range' });
    const { uses, unknown } = usesOf(await everyAction(), types);
    expect([...unknown]).toEqual([]);
    // The writers reach far: tables, formats, validation, conditional formats, charts, page layout, events.
    for (const m of ['DataValidation.rule', 'ConditionalFormatCollection.add', 'ChartAxis.setCategoryNames', 'PageLayout.zoom', 'Worksheet.onChanged', 'Table.onChanged', 'Workbook.getActiveCell']) {
      expect([...uses.keys()]).toContain(m);
    }
    const minimum = manifestExcelApi();
    const tooNew = [...uses.values()]
      .filter((u) => u.set.startsWith('ExcelApi') && !versionAtMost(versionOf(u.set), minimum) && !GUARDED.includes(u.member))
      .map((u) => `${u.member}: ${u.set}`);
    expect(tooNew).toEqual([]);
    // And the manifest asks no more than the code needs: some call needs exactly the minimum.
    expect([...uses.values()].some((u) => u.set === `ExcelApi ${minimum}`)).toBe(true);
  });
});
