/** A CellpathService that keeps everything in memory, for the pane's tests. */
import { DEFAULT_OPTIONS } from '../../src/taskpane/services/defaults';
import { abortError, CellpathError } from '../../src/taskpane/services/errors';
import type {
  ActionControl,
  ActionResult,
  CellpathService,
  DrivingChain,
  PaneOptions,
  PlanStatus,
  Problem,
} from '../../src/taskpane/services/types';

export function samplePlanStatus(overrides: Partial<PlanStatus> = {}): PlanStatus {
  return {
    tables: [
      { role: 'Tasks', name: 'Tasks', sheet: 'Tasks', rows: 3 },
      { role: 'Resources', name: 'Resources', sheet: 'Resources', rows: 2 },
    ],
    candidates: ['Tasks', 'Resources', 'MyTasks'],
    projectName: 'Office move',
    start: '2026-03-02',
    finish: '2026-03-20',
    statusDate: '2026-03-10',
    currency: 'USD',
    taskCount: 3,
    criticalIds: ['1', '3'],
    spi: 0.9,
    cpi: 1.05,
    overAllocations: [{ resource: 'Alice', days: 2 }],
    leveled: false,
    problems: [
      { key: 'p1', severity: 'warning', table: 'Tasks', row: 4, column: 'Deadline', cell: 'F4', message: 'Task 3 finishes after its deadline.', sheet: 'Tasks' },
      { key: 'p2', severity: 'error', table: 'Tasks', row: 3, column: 'Duration', cell: 'C3', message: 'Duration "abc" is not a duration. Type 5d or 2w.', sheet: 'Tasks' },
    ],
    tasks: [
      { id: '1', name: 'Pack' },
      { id: '2', name: 'Book van' },
      { id: '3', name: 'Move' },
    ],
    ...overrides,
  };
}

export interface FakeOptions {
  status?: PlanStatus;
  /** Make this action fail with this message. */
  failing?: Partial<Record<string, string>>;
  /** Steps each long action reports; the action waits for `release()` between them when `manual`. */
  manual?: boolean;
}

export class FakeService implements CellpathService {
  status: PlanStatus;
  calls: string[] = [];
  stored: PaneOptions = DEFAULT_OPTIONS;
  failing: Partial<Record<string, string>>;
  manual: boolean;
  selectedId: string | null = '3';
  watchers: (() => void)[] = [];
  private gates: (() => void)[] = [];

  constructor(options: FakeOptions = {}) {
    this.status = options.status ?? samplePlanStatus();
    this.failing = options.failing ?? {};
    this.manual = options.manual ?? false;
  }

  /** Let a manual action go on to its next step. */
  release(): void {
    this.gates.shift()?.();
  }

  /** Pretend the user typed in the Tasks table. */
  changeTasks(): void {
    for (const w of this.watchers) w();
  }

  private async longAction(name: string, control: ActionControl | undefined, steps: string[]): Promise<void> {
    this.calls.push(name);
    for (let i = 0; i < steps.length; i++) {
      if (control?.signal?.aborted) throw abortError();
      control?.onProgress?.({ step: steps[i], fraction: i / steps.length });
      if (this.manual) {
        await new Promise<void>((resolve, reject) => {
          this.gates.push(resolve);
          control?.signal?.addEventListener('abort', () => reject(abortError()), { once: true });
        });
      }
    }
    if (control?.signal?.aborted) throw abortError();
    const failure = this.failing[name];
    if (failure) throw new CellpathError(failure);
  }

  async check(): Promise<PlanStatus> {
    this.calls.push('check');
    return this.status;
  }
  async selectProblem(problem: Problem): Promise<void> {
    this.calls.push(`select ${problem.sheet}!${problem.cell}`);
    if (this.failing.select) throw new Error(this.failing.select);
  }
  async createStarterTables(control?: ActionControl): Promise<ActionResult> {
    await this.longAction('starter', control, ['Adding tables']);
    return { message: 'Starter tables created.', sheets: ['Tasks', 'Resources'] };
  }
  async insertScheduleFormulas(_o: PaneOptions, control?: ActionControl): Promise<ActionResult> {
    await this.longAction('schedule', control, ['Writing formulas']);
    return { message: 'Schedule formulas inserted.' };
  }
  async level(_o: PaneOptions, control?: ActionControl): Promise<ActionResult> {
    await this.longAction('level', control, ['Reading', 'Leveling', 'Writing']);
    this.status = { ...this.status, leveled: true };
    return { message: 'Resources leveled: 2 tasks delayed.' };
  }
  async clearLeveling(_o: PaneOptions, control?: ActionControl): Promise<ActionResult> {
    await this.longAction('clearLeveling', control, ['Clearing']);
    this.status = { ...this.status, leveled: false };
    return { message: 'Leveling delays cleared.' };
  }
  async createReport(options: PaneOptions, control?: ActionControl): Promise<ActionResult> {
    await this.longAction('report', control, ['Reading', 'Computing', 'Writing']);
    this.calls.push(`report ${JSON.stringify(options.report)}`);
    return { message: 'Report created.', sheets: ['Status'] };
  }
  async explain(_o: PaneOptions, taskId: string): Promise<DrivingChain> {
    this.calls.push(`explain ${taskId}`);
    return {
      taskId,
      steps: [
        { taskId: '3', name: 'Move', start: '2026-03-09', finish: '2026-03-20', critical: true, milestone: false, reason: 'Starts after 1 Pack finishes (FS).' },
        { taskId: '1', name: 'Pack', start: '2026-03-02', finish: '2026-03-06', critical: true, milestone: false, reason: 'Starts at the project start.' },
      ].slice(taskId === '3' ? 0 : 1),
    };
  }
  async selectedTaskId(): Promise<string | null> {
    return this.selectedId;
  }
  async loadOptions(): Promise<PaneOptions> {
    return this.stored;
  }
  async saveOptions(options: PaneOptions, control?: ActionControl): Promise<void> {
    await this.longAction('saveOptions', control, ['Saving']);
    this.stored = options;
  }
  async watchTasks(_o: PaneOptions, onChange: () => void): Promise<() => void> {
    this.watchers.push(onChange);
    return () => {
      this.watchers = this.watchers.filter((w) => w !== onChange);
    };
  }
}
