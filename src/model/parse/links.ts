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
  const simple = simpleLink(text, rules);
  if (simple !== null) return simple;
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

const TYPES: Record<string, LinkType> = { FS: 'FS', SS: 'SS', FF: 'FF', SF: 'SF' };

/**
 * The forms nearly every plan writes, `12`, `12SS`, `12FS+2`, `12SS-3d`, `12FS+2 days`, read by a
 * scan that gives what LINK gives, without LINK's lazy ID match, which backtracks over every
 * character. Null for any other form: LINK decides those.
 */
function simpleLink(text: string, rules: DurationRules): LinkParse | null {
  let k = digitsFrom(text, 0);
  if (k === 0) return null;
  const id = text.slice(0, k);
  let type: LinkType = 'FS';
  // ASCII letters only: LINK's `i` flag does not fold `ſ` into `S`, and toUpperCase would.
  const typed = isLetter(text.charCodeAt(k)) && isLetter(text.charCodeAt(k + 1)) ? TYPES[text.slice(k, k + 2).toUpperCase()] : undefined;
  if (typed !== undefined) {
    type = typed;
    k += 2;
  }
  if (k === text.length) return { ok: true, link: { id, type, lagDays: 0, lagShare: null, text } };
  const sign = text[k] === '+' ? 1 : text[k] === '-' ? -1 : 0;
  const amountEnd = digitsFrom(text, k + 1);
  if (sign === 0 || amountEnd === k + 1) return null;
  let unitStart = amountEnd;
  while (text[unitStart] === ' ') unitStart++;
  let end = unitStart;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (end !== text.length) return null;
  const amount = Number(text.slice(k + 1, amountEnd)) * sign;
  const unit = text.slice(unitStart);
  const per = daysPerUnit(unit, rules);
  if (per === null) return { ok: false, text, reason: `has an unknown lag unit '${unit}'` };
  return { ok: true, link: { id, type, lagDays: amount * per, lagShare: null, text } };
}

/** A-Z or a-z, as LINK's `[a-z]` with its `i` flag. */
function isLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** Where the run of digits that starts at `from` ends. */
function digitsFrom(text: string, from: number): number {
  let k = from;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k;
}

export const LINK_HELP = 'Write predecessor IDs separated by commas, each with an optional type and lag, like 3, 3SS+2d, 7FF-1, 5FS+50%.';
