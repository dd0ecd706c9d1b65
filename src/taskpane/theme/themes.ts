/** Fluent UI themes for each Office look, in Excel's green. */
import {
  createDarkTheme,
  createLightTheme,
  teamsHighContrastTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeKind } from './officeTheme';

const excelGreen: BrandVariants = {
  10: '#030F07',
  20: '#051F0F',
  30: '#072E18',
  40: '#093E20',
  50: '#0A4D28',
  60: '#0C5D30',
  70: '#0E6C39',
  80: '#107C41',
  90: '#2C8C58',
  100: '#499C6E',
  110: '#65AB85',
  120: '#81BB9B',
  130: '#9DCBB2',
  140: '#BADBC8',
  150: '#D6EADF',
  160: '#F2FAF5',
};

const light = createLightTheme(excelGreen);
const dark: Theme = {
  ...createDarkTheme(excelGreen),
  // Brighter brand text for contrast on the dark background.
  colorBrandForeground1: excelGreen[120],
  colorBrandForeground2: excelGreen[130],
  colorBrandForegroundLink: excelGreen[120],
  colorBrandForegroundLinkHover: excelGreen[130],
};

export const THEMES: Record<ThemeKind, Theme> = {
  light,
  colorful: light,
  dark,
  highContrast: teamsHighContrastTheme,
};
