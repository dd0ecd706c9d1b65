/** Problems: every issue of the plan, each with a button that selects its cell. */
import { Badge, Body1, Button, Caption1, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useProblemsStyles } from './ProblemsScreen.styles';
import { placeOf, useProblems, type SeverityFilter } from './useProblems';
import { plural } from '../../components/format';

export function ProblemsScreen() {
  const styles = useProblemsStyles();
  const view = useProblems();
  if (view.total === 0) {
    return <Body1>{view.checking ? 'Checking the plan…' : 'No problems found: every table reads cleanly.'}</Body1>;
  }
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Text weight="semibold">
          {plural(view.errors, 'error')}, {plural(view.warnings, 'warning')}
        </Text>
        <RadioGroup
          layout="horizontal"
          aria-label="Show"
          value={view.filter}
          onChange={(_, data) => view.setFilter(data.value as SeverityFilter)}
        >
          <Radio value="all" label="All" />
          <Radio value="error" label="Errors" />
          <Radio value="warning" label="Warnings" />
        </RadioGroup>
      </div>
      <ul className={styles.list} aria-label="Problems">
        {view.problems.map((p) => (
          <li key={p.key} className={styles.item}>
            <div className={styles.head}>
              <Badge appearance="filled" color={p.severity === 'error' ? 'danger' : 'warning'}>
                {p.severity === 'error' ? 'Error' : 'Warning'}
              </Badge>
              <Caption1 className={styles.place}>{placeOf(p)}</Caption1>
            </div>
            <Body1 className={styles.message} id={`problem-${p.key}`}>
              {p.message}
            </Body1>
            {p.cell && (
              <Button
                className={styles.go}
                size="small"
                onClick={() => view.select(p)}
                aria-label={`Go to ${p.cell} on ${p.sheet ?? p.table}`}
                aria-describedby={`problem-${p.key}`}
              >
                Go to {p.cell}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
