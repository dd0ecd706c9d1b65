/**
 * Reads PSPLIB single-mode instances (.sm) and their optimum list, and turns an instance into a
 * LevelingProblem: every link finish-to-start with no lag, every activity released on day 0.
 * Shared by the leveling tests and `npm run bench:level`.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import type { LevelingProblem } from '../../src/engine/leveling/problem';

export interface PsplibInstance {
  name: string;
  durations: number[];
  /** successors[j]: the jobs that must wait for j to finish (0-based). */
  successors: number[][];
  /** demands[j][r] */
  demands: number[][];
  capacities: number[];
}

/** Where the j30 set lives: $PSPLIB_DIR, else the shared copy beside the repository. */
export function psplibDir(): string | null {
  const candidates = [process.env.PSPLIB_DIR, resolve(__dirname, '../../../shared/psplib/j30')];
  for (const dir of candidates) if (dir && existsSync(join(dir, 'optimum.csv'))) return dir;
  return null;
}

export function parseSm(name: string, text: string): PsplibInstance {
  const lines = text.split(/\r?\n/);
  const numbers = (line: string): number[] => line.trim().split(/\s+/).filter(Boolean).map(Number);
  const at = (label: string): number => {
    const i = lines.findIndex((l) => l.startsWith(label));
    if (i < 0) throw new Error(`${name}: no "${label}" section`);
    return i;
  };
  const jobsLine = lines.find((l) => l.startsWith('jobs (incl. supersource/sink )'));
  if (!jobsLine) throw new Error(`${name}: no job count`);
  const n = Number(jobsLine.split(':')[1]);

  const successors: number[][] = [];
  const precedence = at('PRECEDENCE RELATIONS:') + 2;
  for (let j = 0; j < n; j++) {
    const [, , count, ...rest] = numbers(lines[precedence + j]);
    successors.push(rest.slice(0, count).map((s) => s - 1));
  }

  const durations: number[] = [];
  const demands: number[][] = [];
  const requests = at('REQUESTS/DURATIONS:') + 3;
  for (let j = 0; j < n; j++) {
    const [, , duration, ...use] = numbers(lines[requests + j]);
    durations.push(duration);
    demands.push(use);
  }
  const capacities = numbers(lines[at('RESOURCEAVAILABILITIES:') + 2]);
  return { name, durations, successors, demands, capacities };
}

export function readSm(path: string): PsplibInstance {
  return parseSm(path.split(/[\\/]/).pop() ?? path, readFileSync(path, 'utf8'));
}

/** Optimal project length by file name (`j301_1.sm`). */
export function readOptimum(path: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const [name, value] = line.split(',');
    if (name && value) map.set(name.trim(), Number(value));
  }
  return map;
}

/** Instance file names in a natural order (j301_1, j301_2, … j3048_10). */
export function listInstances(dir: string): string[] {
  const parts = (f: string): number[] => (f.match(/\d+/g) ?? []).map(Number);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sm'))
    .sort((a, b) => {
      const [pa, pb] = [parts(a), parts(b)];
      return pa[0] - pb[0] || pa[1] - pb[1];
    });
}

export function toLevelingProblem(inst: PsplibInstance): LevelingProblem {
  const links = inst.successors.flatMap((succ, from) => succ.map((to) => ({ from, to, minLag: inst.durations[from] })));
  return {
    durations: inst.durations,
    releases: inst.durations.map(() => 0),
    links,
    demands: inst.demands,
    capacity: inst.capacities.map((normal) => ({ normal })),
  };
}
