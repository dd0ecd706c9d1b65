/** A new sheet never takes an existing name: `Status`, else `Status (2)`, `Status (3)` … */

/** Within Excel's 31 characters, without the characters a sheet name may not hold. */
export function freeName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Report';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
