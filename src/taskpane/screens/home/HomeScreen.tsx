/** Home: the tables found, the plan at a glance, and the actions. */
import { Body1, Button, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useHomeStyles } from './HomeScreen.styles';
import { useHome } from './useHome';
import { StatTile } from '../../components/StatTile';
import { plural } from '../../components/format';
import type { ScreenKey } from '../screens';

export function HomeScreen({ navigate }: { navigate: (screen: ScreenKey) => void }) {
  const styles = useHomeStyles();
  const home = useHome(navigate);
  if (home.loading) return <Spinner label="Reading the workbook…" />;
  return (
    <div className={styles.root}>
      {home.checkError && (
        <MessageBar intent="error">
          <MessageBarBody>Could not read the workbook: {home.checkError}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="home-tables">
        <Subtitle2 as="h2" id="home-tables">
          Tables
        </Subtitle2>
        <ul className={styles.tables}>
          {home.tables.map(({ role, found }) => (
            <li key={role} className={styles.tableRow}>
              <Text weight="semibold">{role}</Text>
              {found ? (
                <Text>
                  {found.name === role ? '' : `${found.name}, `}
                  {plural(found.rows, 'row')}
                </Text>
              ) : (
                <Text className={styles.missing}>not found</Text>
              )}
            </li>
          ))}
        </ul>
        {!home.hasTasks && (
          <Body1>This workbook has no Tasks table yet. Create a starter set to begin, or pick your table in Settings.</Body1>
        )}
      </section>

      {home.stats.length > 0 && (
        <section className={styles.section} aria-labelledby="home-plan">
          <Subtitle2 as="h2" id="home-plan">
            {home.projectName ? `Plan: ${home.projectName}` : 'Plan'}
          </Subtitle2>
          <div className={styles.stats}>
            {home.stats.map((s) => (
              <StatTile key={s.label} label={s.label} value={s.value} alert={s.alert} wide={s.wide} />
            ))}
          </div>
          <div className={styles.problems}>
            <Text>
              {home.errors === 0 && home.warnings === 0
                ? 'No problems found.'
                : `${plural(home.errors, 'error')}, ${plural(home.warnings, 'warning')}.`}
            </Text>
            {home.errors + home.warnings > 0 && (
              <Link as="button" onClick={home.showProblems}>
                Show problems
              </Link>
            )}
          </div>
        </section>
      )}

      <section className={styles.section} aria-labelledby="home-actions">
        <Subtitle2 as="h2" id="home-actions">
          Actions
        </Subtitle2>
        <div className={styles.actions}>
          {home.missing.length > 0 && (
            <Button appearance={home.hasTasks ? 'secondary' : 'primary'} disabled={home.busy} onClick={home.createStarterTables}>
              {home.hasTasks ? `Add missing tables (${home.missing.join(', ')})` : 'Create starter tables'}
            </Button>
          )}
          <Button appearance={home.hasTasks ? 'primary' : 'secondary'} disabled={home.busy || !home.hasTasks} onClick={home.insertSchedule}>
            Insert schedule formulas
          </Button>
          <Button disabled={home.busy || !home.hasTasks} onClick={home.level}>
            Level resources
          </Button>
          <Button disabled={home.busy || !home.leveled} onClick={home.clearLeveling}>
            Clear leveling
          </Button>
          <Button disabled={home.busy || !home.hasTasks} onClick={home.showReport}>
            Create report sheets…
          </Button>
          <Button appearance="subtle" disabled={home.busy || home.checking} onClick={home.recheck}>
            {home.checking ? 'Checking…' : 'Check again'}
          </Button>
        </div>
      </section>
    </div>
  );
}
