/** Predecessor text: `3`, `3FS`, `3SS+2d`, `7FF-1`, `4SF+3 days`, `5FS+50%`, separated by `,` or `;`. */
import type { LinkType } from '../types';
import { daysPerUnit, type DurationRules } from './duration';

export interface LinkText {
  id: string;
  type: LinkType;
  /** Lag in working days, or null when given as a percentage. */
  lagDays: number | null;
  /** Lag as a share of the predecessor's duration (0.5 for 50%), or null. */
  lagShare: number | null;
  text: string;
}

export type LinkParse = { ok: true; link: LinkText } | { ok: false; text: string; reason: string };

const LINK = /^(.+?)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z%]*)\s*\??)?$/i;

export function normaliseId(text: string): string {
  const t = text.trim();
  // Only `7.0`-like text changes; an ID without a dot is kept as it is.
  return t.includes('.') && /^\d+\.0*$/.test(t) ? String(parseInt(t, 10)) : t;
}

export function parseLinks(text: string, rules: DurationRules): LinkParse[] {
  const links: LinkParse[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = text.charCodeAt(k); // NaN past the end
    if (c === 44 /* , */ || c === 59 /* ; */ || k === text.length) {
      const part = text.slice(from, k).trim();
      if (part !== '') links.push(parseLink(part, rules));
      from = k + 1;
    }
  }
  return links;
}

/** One link, trimmed and not empty. */
function parseLink(text: string, rules: DurationRules): LinkParse {
  // Most links are a bare ID (`12`): finish-to-start, no lag.
  if (isDigits(text)) return { ok: true, link: { id: text, type: 'FS', lagDays: 0, lagShare: null, text } };
  const m = LINK.exec(text);
  if (!m) return { ok: false, text, reason: 'is not a link' };
  const id = normaliseId(m[1]);
  if (/\s/.test(id)) return { ok: false, text, reason: 'is not a link' };
  const type = (m[2] ? m[2].toUpperCase() : 'FS') as LinkType;
  if (m[3] === undefined) return { ok: true, link: { id, type, lagDays: 0, lagShare: null, text } };
  const sign = m[3] === '-' ? -1 : 1;
  const amount = Number(m[4]) * sign;
  if (m[5] === '%') return { ok: true, link: { id, type, lagDays: null, lagShare: amount / 100, text } };
  const per = daysPerUnit(m[5], rules);
  if (per === null) return { ok: false, text, reason: `has an unknown lag unit '${m[5]}'` };
  return { ok: true, link: { id, type, lagDays: amount * per, lagShare: null, text } };
}

function isDigits(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

export const LINK_HELP = 'Write predecessor IDs separated by commas, each with an optional type and lag, like 3, 3SS+2d, 7FF-1, 5FS+50%.';
