/** The pane's screens, in tab order. */
export type ScreenKey = 'home' | 'problems' | 'report' | 'settings' | 'why';

export const SCREENS: { key: ScreenKey; label: string }[] = [
  { key: 'home', label: 'Home' },
  { key: 'problems', label: 'Problems' },
  { key: 'report', label: 'Report' },
  { key: 'settings', label: 'Settings' },
  { key: 'why', label: 'Why this date' },
];
