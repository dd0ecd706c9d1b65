/**
 * The schedule engine on 10,000 and 100,000 tasks with about two links each: the engine from the
 * model (every column PM.SCHEDULE shows), PM.SCHEDULE's core end to end from tables, and the
 * ratio to the floor (bench/floor.ts, a bare typed-array forward and backward pass over the same
 * link matrix). buildModel makes the model's network and calendar; the model bench times it.
 * Targets: 100,000 tasks within 3× the floor; ten times the tasks in at most twelve times the time.
 */
import { spawnSync } from 'child_process';
import { loadavg } from 'os';
import { performance, PerformanceObserver } from 'perf_hooks';
import { schedule } from '../src/engine/schedule';
import { runPasses } from '../src/engine/schedule/passes';
import { prepareSchedule } from '../src/engine/schedule/prepare';
import { giveBack } from '../src/engine/schedule/scratch';
import { showDates } from '../src/engine/schedule/shown';
import { scheduleCore } from '../src/functions/cores/schedule';
import { buildModel } from '../src/model/buildModel';
import { networkOf } from '../src/model/taskNetwork';
import type { CellValue, Model, WorkbookInput } from '../src/model/types';
import { floorPass, floorResult, linkMatrix, timeIt, topologicalOrder } from './floor';

const TYPES = ['FS', 'SS', 'FF', 'SF'];

/** A plan of n tasks: an FS link to a recent task and a second link of any type and lag. */
export function benchTables(n: number, seed = 7): WorkbookInput {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: CellValue[][] = [['ID', 'Name', 'Duration', 'Predecessors']];
  for (let i = 1; i <= n; i++) {
    const preds: string[] = [];
    if (i > 1) preds.push(String(i - 1 - Math.floor(random() * Math.min(i - 1, 30))));
    if (i > 2) {
      const p = i - 1 - Math.floor(random() * Math.min(i - 1, 200));
      const lag = Math.floor(random() * 6) - 2;
      if (String(p) !== preds[0]) preds.push(`${p}${TYPES[Math.floor(random() * 4)]}${lag >= 0 ? '+' : ''}${lag}`);
    }
    rows.push([i, `Task ${i}`, random() < 0.05 ? 0 : 1 + Math.floor(random() * 10), preds.join(', ')]);
  }
  const holidays: CellValue[][] = [['Date', 'Name']];
  for (let d = 46027; d < 46027 + 365 * 40; d += 31) holidays.push([d, 'Holiday']);
  return {
    tasks: { values: rows },
    holidays: { values: holidays },
    settings: { values: [['Setting', 'Value'], ['Project Start', '2026-01-05']] },
  };
}

export function benchPlan(n: number): { tables: WorkbookInput; model: Model } {
  const tables = benchTables(n);
  return { tables, model: buildModel(tables) };
}

/** What the collector and the kernel took during `work`: GC pauses, system CPU, fresh pages. */
interface Overheads {
  gcMs: number;
  systemMs: number;
  pageFaults: number;
}

const gcPauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, ms: entry.duration });
});

/** GC entries arrive a while after the work that caused them. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 200));

async function overheadsOf(runs: number, work: () => void): Promise<Overheads> {
  work();
  const before = process.resourceUsage();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) work();
  const t1 = performance.now();
  const after = process.resourceUsage();
  await settle();
  const gc = gcPauses.filter((p) => p.start >= t0 && p.start < t1).reduce((sum, p) => sum + p.ms, 0);
  gcPauses.length = 0;
  return {
    gcMs: gc / runs,
    systemMs: (after.systemCPUTime - before.systemCPUTime) / 1000 / runs,
    pageFaults: (after.minorPageFault - before.minorPageFault) / runs,
  };
}

/** The same plan with its rows in reverse order: every link points to a later row. */
function reversedRows(tables: WorkbookInput): WorkbookInput {
  const [header, ...rows] = tables.tasks.values;
  return { ...tables, tasks: { values: [header, ...rows.reverse()] } };
}

/** One plan size: prints its figures and returns the best time of the whole call. */
export async function benchSize(n: number): Promise<number> {
  gcObserver.observe({ entryTypes: ['gc'] });
  const { tables, model } = benchPlan(n);
  const links = model.tasks.reduce((sum, t) => sum + t.predecessors.length, 0);
  const m = linkMatrix(model);
  const order = topologicalOrder(m);
  const r = floorResult(m.n);
  const floor = timeIt(31, () => floorPass(m, order, r));
  const floorSorted = timeIt(31, () => floorPass(m, topologicalOrder(m), r));

  const runs = 21;
  let finish = 0;
  const whole = timeIt(runs, () => {
    finish = schedule(model).project.finish;
  });
  const overheads = await overheadsOf(runs, () => schedule(model));
  // The same run in its parts: reading the model's network, the passes (floats included), the
  // dates people see; then what a face that wants more pays when it first reads it.
  const prepare = timeIt(runs, () => giveBack(prepareSchedule(model, {}).times));
  const run = prepareSchedule(model, {});
  const passes = timeIt(runs, () => runPasses(run.net, run.times));
  const dates = timeIt(runs, () => showDates(run));
  const objects = timeIt(runs, () => schedule(model).tasks);
  const ordered = timeIt(runs, () => schedule(model).criticalPath);

  // What one recalculation pays in the engine: a model fresh from buildModel each time (its
  // network and calendar made there, timed here too), then its first schedule.
  const fresh: number[] = [];
  for (let k = 0; k < 5; k++) {
    const again = buildModel(tables);
    const t0 = performance.now();
    schedule(again);
    fresh.push(performance.now() - t0);
  }
  fresh.sort((a, b) => a - b);
  const network = timeIt(runs, () => networkOf(model.tasks));

  const call = { args: { tasks: tables.tasks.values, holidays: tables.holidays!.values, settings: tables.settings!.values }, addresses: {} };
  const core = timeIt(3, () => {
    if (!scheduleCore(call).ok) throw new Error('the bench plan does not schedule');
  });
  const label = `${n.toLocaleString('en-US')} tasks, ${links.toLocaleString('en-US')} links`;
  const ms = (t: { best: number; median: number }) => `${t.best.toFixed(1)} ms (median ${t.median.toFixed(1)})`;
  const times = (a: { best: number }, b: { best: number }) => `${(a.best / b.best).toFixed(2)}×`;
  console.log(`schedule ${label}: schedule(model) ${ms(whole)} = ${times(whole, floor)} the floor of ${ms(floor)}${n === 100_000 ? ' (target ≤ 3)' : ''}; ${times(whole, floorSorted)} the floor with its topological sort, ${ms(floorSorted)}`);
  console.log(`  that is every column PM.SCHEDULE shows (dates, floats, critical) and the project's dates; parts: set-up ${ms(prepare)}; passes + floats ${ms(passes)} = ${times(passes, floor)} the floor; dates people see ${ms(dates)}`);
  console.log(`  the first schedule of a model fresh from buildModel ${fresh[0].toFixed(1)} ms (median ${fresh[2].toFixed(1)}); buildModel made its network (typed arrays and topological order) in ${ms(network)}`);
  console.log(`  a face that reads more pays when it first reads: schedule(model) + every TaskSchedule object ${ms(objects)}; + schedule order and critical path ${ms(ordered)}`);
  console.log(`  per schedule(model): GC pauses ${overheads.gcMs.toFixed(1)} ms, system CPU ${overheads.systemMs.toFixed(1)} ms, ${Math.round(overheads.pageFaults).toLocaleString('en-US')} fresh memory pages`);
  if (n === 100_000) {
    const reversed = buildModel(reversedRows(tables));
    const kahn = timeIt(runs, () => schedule(reversed));
    console.log(`  the same plan with its rows reversed (no input-order shortcut: Kahn's order): schedule(model) ${ms(kahn)} = ${times(kahn, floor)} the floor`);
  }
  console.log(`  PM.SCHEDULE core from tables: ${ms(core)} (buildModel + schedule + cells); finish serial ${finish}`);
  gcObserver.disconnect();
  return whole.best;
}

const SIZES = [10_000, 100_000];

/**
 * Each plan size in a Node process of its own, as bench/index.ts runs each bench: V8 tunes its
 * garbage collector to what it has seen (whether new objects die young), so the 10,000-task run
 * would otherwise weigh on the 100,000-task one.
 */
export function benchSchedule(): void {
  const best: Record<number, number> = {};
  for (const n of SIZES) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    for (const line of child.stdout.split('\n')) {
      const figure = /^best of (\d+): ([\d.]+)$/.exec(line);
      if (figure) best[Number(figure[1])] = Number(figure[2]);
      else if (line !== '') console.log(line);
    }
    if (child.status !== 0 || best[n] === undefined) throw new Error(`the ${n}-task schedule bench failed`);
  }
  const scale = best[100_000] / best[10_000];
  console.log(`schedule scaling: 10× the tasks took ${scale.toFixed(2)}× the time (best runs; target ≤ 12); load average ${loadavg()[0].toFixed(2)}`);
}

if (require.main === module) {
  const n = Number(process.argv[2]);
  if (n > 0) void benchSize(n).then((ms) => console.log(`best of ${n}: ${ms}`));
  else benchSchedule();
}
