/**
 * Cross-check against a real spreadsheet engine. Random plans are written as a task grid of native
 * WORKDAY.INTL / NETWORKDAYS.INTL formulas (a forward pass and a backward pass in date arithmetic,
 * with the holidays as a range), HyperFormula computes them, and every start, finish, late date
 * and total float must agree with the engine's. HyperFormula is a dev dependency of the tests only.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { schedule } from '../../../src/engine/schedule';
import { isoFromSerial } from '../../../src/model/dates';
import { plan, type TaskRow } from '../../support/plan';

const MONDAY = 46083; // 2026-03-02
const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
/** WORKDAY.INTL weekend masks, Monday first, 1 = day off. */
const WEEKS = { 'Mon-Fri': '0000011', 'Mon-Sat': '0000001', 'Sun-Thu': '0000110' } as const;

interface RandomLink { pred: number; type: (typeof TYPES)[number]; lag: number }
interface RandomPlan {
  durations: number[];
  links: RandomLink[][];
  holidays: number[];
  week: keyof typeof WEEKS;
  startOffset: number;
}

const randomPlan: fc.Arbitrary<RandomPlan> = fc
  .integer({ min: 2, max: 18 })
  .chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.array(fc.record({ pred: fc.double({ min: 0, max: 0.999, noNaN: true }), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 4 }) }), { maxLength: 3 }),
        { minLength: n, maxLength: n },
      ),
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 8 }),
      week: fc.constantFrom(...(Object.keys(WEEKS) as (keyof typeof WEEKS)[])),
      startOffset: fc.integer({ min: 0, max: 6 }),
    }),
  )
  .map((p) => ({
    ...p,
    // Predecessors among earlier tasks only (so the plan has no loop), one link per pair.
    links: p.links.map((ls, i) => {
      if (i === 0) return [];
      const seen = new Set<number>();
      return ls
        .map((l) => ({ ...l, pred: Math.floor((l.pred as unknown as number) * i) }))
        .filter((l) => !seen.has(l.pred) && seen.add(l.pred));
    }),
  })) as fc.Arbitrary<RandomPlan>;

/** The plan as spreadsheet formulas: rows B..F = Start, Finish, Late Start, Late Finish, Total Float. */
function sheets(p: RandomPlan): Record<string, (string | number)[][]> {
  const n = p.durations.length;
  const mask = `"${WEEKS[p.week]}"`;
  const hol = `Hol!$A$1:$A$${p.holidays.length + 1}`;
  const wd = (date: string, days: string) => `WORKDAY.INTL(${date},${days},${mask},${hol})`;
  const successors: { s: number; type: string; lag: number }[][] = Array.from({ length: n }, () => []);
  p.links.forEach((ls, s) => ls.forEach((l) => successors[l.pred].push({ s, type: l.type, lag: l.lag })));

  const rows = p.durations.map((d, i) => {
    const r = i + 1;
    const early = [`P!$A$1`];
    for (const l of p.links[i]) {
      const q = l.pred + 1;
      if (l.type === 'FS') early.push(wd(`C${q}`, `${1 + l.lag}`));
      if (l.type === 'SS') early.push(wd(`B${q}`, `${l.lag}`));
      if (l.type === 'FF') early.push(wd(wd(`C${q}`, `${l.lag}`), `-(A${r}-1)`));
      if (l.type === 'SF') early.push(wd(wd(`B${q}`, `${l.lag - 1}`), `-(A${r}-1)`));
    }
    const late = [`P!$A$2`];
    for (const l of successors[i]) {
      const q = l.s + 1;
      if (l.type === 'FS') late.push(wd(`D${q}`, `${-l.lag - 1}`));
      if (l.type === 'SS') late.push(wd(wd(`D${q}`, `${-l.lag}`), `A${r}-1`));
      if (l.type === 'FF') late.push(wd(`E${q}`, `${-l.lag}`));
      if (l.type === 'SF') late.push(wd(wd(`E${q}`, `${1 - l.lag}`), `A${r}-1`));
    }
    const days = (from: string, to: string) => `NETWORKDAYS.INTL(${from},${to},${mask},${hol})`;
    return [
      d,
      `=MAX(${early.join(',')})`,
      `=${wd(`B${r}`, `A${r}-1`)}`,
      `=${wd(`E${r}`, `-(A${r}-1)`)}`,
      `=MIN(${late.join(',')})`,
      `=IF(D${r}>=B${r},${days(`B${r}`, `D${r}`)}-1,1-${days(`D${r}`, `B${r}`)})`,
    ];
  });
  return {
    Plan: rows,
    // The first working day on or after the project start, and the project finish.
    P: [[`=${wd(`${MONDAY + p.startOffset - 1}`, '1')}`], [`=MAX(Plan!C1:C${n})`]],
    Hol: [...p.holidays.map((h) => [MONDAY + h]), [73051]],
  };
}

function engineRows(p: RandomPlan) {
  const rows: TaskRow[] = p.durations.map((d, i) => ({
    id: i + 1,
    duration: `${d}d`,
    predecessors: p.links[i].map((l) => `${l.pred + 1}${l.type}${l.lag >= 0 ? '+' : ''}${l.lag}`).join(', '),
  }));
  const model = plan(rows, {
    start: isoFromSerial(MONDAY + p.startOffset),
    workWeek: p.week,
    holidays: p.holidays.map((h) => isoFromSerial(MONDAY + h)),
  });
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return schedule(model).tasks.map((t) => [t.start, t.finish, t.lateStart, t.lateFinish, t.totalFloat]);
}

describe('cross-check with HyperFormula', () => {
  it('agrees on every start, finish, late date and total float of random plans', () => {
    fc.assert(
      fc.property(randomPlan, (p) => {
        const hf = HyperFormula.buildFromSheets(sheets(p), { licenseKey: 'gpl-v3' });
        const grid = hf.getSheetValues(hf.getSheetId('Plan') as number);
        hf.destroy();
        const spreadsheet = grid.map((row) => row.slice(1, 6));
        expect(engineRows(p)).toEqual(spreadsheet);
      }),
      { numRuns: 80, seed: 20260302 },
    );
  }, 120_000); // a shared machine can be slow; the work is fixed by the seed

  it('the formulas themselves are right on a plan worked by hand', () => {
    // A 5d; B 3d FS A. Mon-Fri from Mon Mar 2: A Mar 2–6, B Mar 9–11, no float.
    const p: RandomPlan = { durations: [5, 3], links: [[], [{ pred: 0, type: 'FS', lag: 0 }]], holidays: [], week: 'Mon-Fri', startOffset: 0 };
    const hf = HyperFormula.buildFromSheets(sheets(p), { licenseKey: 'gpl-v3' });
    const grid = hf.getSheetValues(hf.getSheetId('Plan') as number);
    hf.destroy();
    expect(grid.map((row) => row.slice(1, 6))).toEqual([
      [MONDAY, MONDAY + 4, MONDAY, MONDAY + 4, 0],
      [MONDAY + 7, MONDAY + 9, MONDAY + 7, MONDAY + 9, 0],
    ]);
  });
});
