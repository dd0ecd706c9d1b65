/** The current Office look, kept up to date when the user switches theme or high contrast. */
import { useEffect, useState } from 'react';
import { themeKindOf, type OfficeThemeLike, type ThemeKind } from './officeTheme';

function officeTheme(): OfficeThemeLike | undefined {
  try {
    return (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeLike } } }).Office?.context?.officeTheme;
  } catch {
    return undefined;
  }
}

/** Windows high contrast, as the browser reports it; null where media queries are missing. */
function forcedColorsQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(forced-colors: active)') : null;
}

export function currentThemeKind(): ThemeKind {
  return themeKindOf(officeTheme(), forcedColorsQuery()?.matches ?? false);
}

export function useOfficeTheme(): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(currentThemeKind);
  useEffect(() => {
    const update = () => setKind(currentThemeKind());
    const media = forcedColorsQuery();
    media?.addEventListener?.('change', update);
    // Not every host raises OfficeThemeChanged; where it does, follow it.
    const office = (globalThis as { Office?: typeof Office }).Office;
    let removeOffice = () => {};
    try {
      const type = office?.EventType?.OfficeThemeChanged;
      const doc = office?.context?.document;
      if (type && doc?.addHandlerAsync) {
        doc.addHandlerAsync(type, update);
        removeOffice = () => doc.removeHandlerAsync?.(type, { handler: update });
      }
    } catch {
      // The host does not offer theme events; the theme read at start stays.
    }
    return () => {
      media?.removeEventListener?.('change', update);
      removeOffice();
    };
  }, []);
  return kind;
}
