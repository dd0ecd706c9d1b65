/**
 * Dates for the sample's Baseline and Actual columns: a plain forward pass over the plan, once with
 * the durations as baselined and once with the durations and late starts as they turned out.
 * (The engine computes the real schedule; this only makes the sample's history consistent.)
 */
import { makeCalendar, STANDARD_WORK_WEEK, type Calendar } from '../../src/model/calendar';
import { serialFromISO } from '../../src/model/dates';
import type { Serial } from '../../src/model/types';
import type { TaskSpec } from './tasks';

export interface PlanLink {
  from: number;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  /** Whole working days, or a share of the predecessor's duration. */
  lagDays: number;
  lagShare: number;
  /** As typed in the sheet, with the predecessor's ID. */
  text: string;
}

const LINK = /^([\d.]+?)(FS|SS|FF|SF)?(?:([+-]\d+)(?: days|%))?$/;

/** Links of a task, its WBS codes resolved to row indexes. */
export function linksOf(spec: TaskSpec, indexByWbs: ReadonlyMap<string, number>, idOf: (index: number) => string): PlanLink[] {
  if (!spec.preds) return [];
  return spec.preds.split(',').map((part) => {
    const text = part.trim();
    const m = LINK.exec(text);
    if (!m) throw new Error(`sample plan: bad link '${text}' on ${spec.wbs}`);
    const from = indexByWbs.get(m[1]);
    if (from === undefined) throw new Error(`sample plan: ${spec.wbs} links to unknown WBS ${m[1]}`);
    const lag = m[3] ? Number(m[3]) : 0;
    const share = text.endsWith('%');
    return {
      from,
      type: (m[2] ?? 'FS') as PlanLink['type'],
      lagDays: share ? 0 : lag,
      lagShare: share ? lag / 100 : 0,
      text: idOf(from) + text.slice(m[1].length),
    };
  });
}

export interface Pass {
  /** Ordinal of the first working day (the start boundary). */
  start: number[];
  /** Ordinal just after the last working day (start + duration). */
  end: number[];
}

/** Early start and finish boundaries, in working-day ordinals, of every non-summary task. */
export function forwardPass(specs: readonly TaskSpec[], links: readonly PlanLink[][], durations: readonly number[], calendar: Calendar, projectStart: Serial, slips: readonly number[]): Pass {
  const origin = calendar.ordinalOnOrAfter(projectStart);
  const start = specs.map(() => origin);
  const end = specs.map((_, i) => origin + durations[i]);
  // Relax until nothing moves: the plan is small and has no cycles.
  for (let changed = true, rounds = 0; changed; rounds++) {
    if (rounds > specs.length + 2) throw new Error('sample plan: links form a cycle');
    changed = false;
    specs.forEach((spec, i) => {
      if (spec.days === undefined) return;
      const d = durations[i];
      let es = origin;
      for (const link of links[i]) {
        const lag = link.lagDays + Math.round(link.lagShare * durations[link.from]);
        const p = link.from;
        if (link.type === 'FS') es = Math.max(es, end[p] + lag);
        else if (link.type === 'SS') es = Math.max(es, start[p] + lag);
        else if (link.type === 'FF') es = Math.max(es, end[p] + lag - d);
        else es = Math.max(es, start[p] + lag - d);
      }
      if (spec.constraint?.type === 'Start No Earlier Than') es = Math.max(es, calendar.ordinalOnOrAfter(iso(spec.constraint.date)));
      es += slips[i];
      if (spec.constraint?.type === 'Must Start On') es = calendar.ordinalOnOrAfter(iso(spec.constraint.date));
      if (es !== start[i] || es + d !== end[i]) {
        start[i] = es;
        end[i] = es + d;
        changed = true;
      }
    });
  }
  return { start, end };
}

/** The first and last day a task occupies; a milestone sits on the day before its start boundary. */
export function daysOf(pass: Pass, i: number, calendar: Calendar, projectStart: Serial): { first: Serial; last: Serial } {
  if (pass.end[i] === pass.start[i]) {
    const at = Math.max(pass.start[i] - 1, calendar.ordinalOnOrAfter(projectStart));
    return { first: calendar.dateOf(at), last: calendar.dateOf(at) };
  }
  return { first: calendar.dateOf(pass.start[i]), last: calendar.dateOf(pass.end[i] - 1) };
}

export function projectCalendar(holidays: readonly Serial[]): Calendar {
  return makeCalendar(STANDARD_WORK_WEEK, holidays);
}

export function iso(text: string): Serial {
  const serial = serialFromISO(text);
  if (serial === null) throw new Error(`sample plan: bad date ${text}`);
  return serial;
}
