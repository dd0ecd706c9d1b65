/** A1 addresses: what every message uses to point at a cell. */

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index and 1-based row of an A1 address (`$` signs and a sheet prefix allowed). */
export function parseA1(address: string): { row: number; column: number } | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(bare.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: column - 1 };
}

/** `B7` from a 1-based row and 0-based column. */
export function a1(row: number, column: number): string {
  return columnLetter(column) + row;
}
