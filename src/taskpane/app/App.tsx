/** The pane: Office theme, shared plan state, tabs for the screens, and the activity area. */
import { CounterBadge, FluentProvider, Tab, TabList, Title3, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { useAppStyles } from './App.styles';
import { ActivityPanel } from '../components/ActivityPanel';
import { HomeScreen } from '../screens/home/HomeScreen';
import { ProblemsScreen } from '../screens/problems/ProblemsScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { SCREENS, type ScreenKey } from '../screens/screens';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { WhyScreen } from '../screens/why/WhyScreen';
import { PlanProvider, usePlan } from '../state/PlanContext';
import type { CellpathService } from '../services/types';
import { THEMES } from '../theme/themes';
import { useOfficeTheme } from '../theme/useOfficeTheme';
import type { ThemeKind } from '../theme/officeTheme';

export function App({ service, theme }: { service: CellpathService; theme?: ThemeKind }) {
  const styles = useAppStyles();
  const officeKind = useOfficeTheme();
  const kind = theme ?? officeKind;
  return (
    <FluentProvider theme={THEMES[kind]} className={styles.provider} data-theme={kind}>
      <PlanProvider service={service}>
        <Shell colorful={kind === 'colorful'} />
      </PlanProvider>
    </FluentProvider>
  );
}

function Shell({ colorful }: { colorful: boolean }) {
  const styles = useAppStyles();
  const plan = usePlan();
  const [screen, setScreen] = useState<ScreenKey>('home');
  const problems = plan.status?.problems.length ?? 0;
  return (
    <div className={styles.root}>
      <header className={mergeClasses(styles.header, colorful && styles.colorfulHeader)}>
        <Title3 as="h1">Cellpath</Title3>
      </header>
      <nav aria-label="Screens">
        <TabList className={styles.tabs} size="small" selectedValue={screen} onTabSelect={(_, d) => setScreen(d.value as ScreenKey)}>
          {SCREENS.map((s) => (
            <Tab key={s.key} value={s.key} id={`tab-${s.key}`} aria-controls="screen" className={styles.tab}>
              {s.label}
              {s.key === 'problems' && problems > 0 && (
                <>
                  {' '}
                  <CounterBadge count={problems} size="small" color={plan.status?.problems.some((p) => p.severity === 'error') ? 'danger' : 'informative'} />
                </>
              )}
            </Tab>
          ))}
        </TabList>
      </nav>
      <div className={styles.activity}>
        <ActivityPanel busy={plan.busy} notice={plan.notice} onCancel={plan.cancel} onDismiss={plan.dismissNotice} />
      </div>
      <main className={styles.panel}>
        <div id="screen" role="tabpanel" aria-labelledby={`tab-${screen}`}>
        {screen === 'home' && <HomeScreen navigate={setScreen} />}
        {screen === 'problems' && <ProblemsScreen />}
        {screen === 'report' && <ReportScreen />}
        {screen === 'settings' && <SettingsScreen />}
        {screen === 'why' && <WhyScreen />}
        </div>
      </main>
    </div>
  );
}
