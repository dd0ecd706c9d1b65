/** Work Week setting: `Mon-Fri`, `Mon-Sat`, `Sun-Thu`, `Mon,Tue,Thu`, `Mon-Thu, Sat`. */

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function dayIndex(text: string): number {
  return DAYS.indexOf(text.trim().slice(0, 3).toLowerCase());
}

/** Working days by weekday (index 0 = Sunday), or null when unreadable or empty. */
export function parseWorkWeek(text: string): boolean[] | null {
  const week = [false, false, false, false, false, false, false];
  for (const part of text.split(/[,;]/)) {
    const t = part.trim();
    if (t === '') continue;
    const range = /^([a-z]+)\s*[-–]\s*([a-z]+)$/i.exec(t);
    if (range) {
      const from = dayIndex(range[1]);
      const to = dayIndex(range[2]);
      if (from < 0 || to < 0) return null;
      for (let d = from; ; d = (d + 1) % 7) {
        week[d] = true;
        if (d === to) break;
      }
    } else {
      const d = dayIndex(t);
      if (d < 0 || !/^[a-z]+$/i.test(t)) return null;
      week[d] = true;
    }
  }
  return week.some(Boolean) ? week : null;
}
