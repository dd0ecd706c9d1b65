/**
 * Which of four looks the Office theme asks for. Office hands over colours (and, in newer hosts,
 * a theme id or a dark flag); Windows high contrast shows as forced colours.
 */

export type ThemeKind = 'light' | 'colorful' | 'dark' | 'highContrast';

/** The part of `Office.OfficeTheme` we read; every field may be missing in older hosts. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
  themeId?: string | number;
}

function rgb(color: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function luminance(color: string | undefined): number | null {
  const c = rgb(color);
  if (!c) return null;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function saturation(color: string | undefined): number {
  const c = rgb(color);
  if (!c) return 0;
  const max = Math.max(...c);
  const min = Math.min(...c);
  return max === 0 ? 0 : (max - min) / max;
}

export function themeKindOf(theme: OfficeThemeLike | undefined | null, forcedColors = false): ThemeKind {
  if (forcedColors) return 'highContrast';
  if (!theme) return 'light';
  const id = String(theme.themeId ?? '').toLowerCase();
  if (id.includes('contrast')) return 'highContrast';
  const bg = theme.bodyBackgroundColor?.toLowerCase();
  const fg = theme.bodyForegroundColor?.toLowerCase();
  // Pure black on white (or the reverse) with nothing in between is what high contrast hands over.
  if ((bg === '#000000' && fg === '#ffffff') || (bg === '#ffffff' && fg === '#000000' && theme.controlBackgroundColor?.toLowerCase() === '#000000')) {
    return 'highContrast';
  }
  if (theme.isDarkTheme === true || id.includes('dark') || id.includes('black')) return 'dark';
  const lum = luminance(bg);
  if (lum !== null && lum < 0.2) return 'dark';
  if (id.includes('colorful') || saturation(theme.controlBackgroundColor) > 0.3 || saturation(theme.bodyBackgroundColor) > 0.3) {
    return 'colorful';
  }
  return 'light';
}
