import { themeKindOf } from '../../src/taskpane/theme/officeTheme';

describe('themeKindOf', () => {
  it('maps the Office looks to the four Fluent themes', () => {
    expect(themeKindOf(undefined)).toBe('light');
    expect(themeKindOf({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeKindOf({ bodyBackgroundColor: '#E6E6E6', controlBackgroundColor: '#217346' })).toBe('colorful');
    expect(themeKindOf({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' })).toBe('dark');
    expect(themeKindOf({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe('dark');
    expect(themeKindOf({ bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF' })).toBe('highContrast');
    expect(themeKindOf({ themeId: 'HighContrast' })).toBe('highContrast');
  });

  it('lets Windows forced colours win', () => {
    expect(themeKindOf({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe('highContrast');
  });
});
