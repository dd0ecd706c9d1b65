/** Durations as Microsoft Project writes them: `5`, `5d`, `5 days`, `2w`, `2 wks`, `4h`, `30m`, `1mo`, `3 days?`. */

export interface DurationRules {
  hoursPerDay: number;
  daysPerWeek: number;
  daysPerMonth: number;
}

export type DurationParse =
  | { ok: true; days: number; estimated: boolean }
  | { ok: false; reason: string };

const DURATION = /^([-+]?\d+(?:\.\d+)?|[-+]?\.\d+)\s*([a-z]*)\s*(\?)?$/i;

/** Days per one of the unit, or null for an unknown or elapsed unit. */
export function daysPerUnit(unit: string, rules: DurationRules): number | null {
  const u = unit.toLowerCase();
  if (u === '' || /^(d|dy|dys|day|days)$/.test(u)) return 1;
  if (/^(w|wk|wks|week|weeks)$/.test(u)) return rules.daysPerWeek;
  if (/^(h|hr|hrs|hour|hours)$/.test(u)) return 1 / rules.hoursPerDay;
  if (/^(m|min|mins|minute|minutes)$/.test(u)) return 1 / (60 * rules.hoursPerDay);
  if (/^(mo|mon|mons|month|months)$/.test(u)) return rules.daysPerMonth;
  return null;
}

export function parseDuration(text: string, rules: DurationRules): DurationParse {
  const m = DURATION.exec(text.trim());
  if (!m) return { ok: false, reason: 'is not a duration' };
  const per = daysPerUnit(m[2], rules);
  if (per === null) {
    return /^e/i.test(m[2])
      ? { ok: false, reason: 'is an elapsed duration, which Cellpath does not schedule' }
      : { ok: false, reason: `has an unknown unit '${m[2]}'` };
  }
  const days = Number(m[1]) * per;
  if (days < 0) return { ok: false, reason: 'is negative' };
  return { ok: true, days, estimated: m[3] === '?' };
}

export const DURATION_HELP = 'Write a number of working days, or text like 5d, 2w, 4h, 1mo (0d for a milestone).';
