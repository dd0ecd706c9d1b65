/** Resource Names as Microsoft Project writes them: `Alice, Bob[50%], Crane[2]`. */
import { numberFromText } from './cells';

export interface AssignmentText {
  name: string;
  /** 1 = 100%. */
  units: number;
  /** The bracket text could not be read; units fall back to 100%. */
  badUnits: string | null;
}

/** Splits on commas and semicolons outside brackets. */
export function parseAssignments(text: string): AssignmentText[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(p);
      if (!m) return { name: p, units: 1, badUnits: null };
      const units = parseUnits(m[2]);
      return units === null ? { name: m[1].trim(), units: 1, badUnits: m[2] } : { name: m[1].trim(), units, badUnits: null };
    });
}

/** `50%` → 0.5, `2` → 2, `20 tons` → 20 (a material's quantity). */
function parseUnits(text: string): number | null {
  const t = text.trim();
  const pct = /^(.+?)\s*%$/.exec(t);
  if (pct) {
    const n = numberFromText(pct[1]);
    return n === null || n < 0 ? null : n / 100;
  }
  const m = /^([\d.,]+)\s*[a-z/ ]*$/i.exec(t);
  const n = m ? numberFromText(m[1]) : null;
  return n === null || n < 0 ? null : n;
}
