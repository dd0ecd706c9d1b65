/** Why this date: the chain of drivers that places the chosen task where it is. */
import { Badge, Body1, Button, Caption1, Dropdown, Field, Option, Spinner, Text } from '@fluentui/react-components';
import { useWhyStyles } from './WhyScreen.styles';
import { useWhy } from './useWhy';

export function WhyScreen() {
  const styles = useWhyStyles();
  const why = useWhy();
  if (why.tasks.length === 0) return <Body1>There are no scheduled tasks to explain yet.</Body1>;
  const label = (t: { id: string; name: string }) => `${t.id} ${t.name}`;
  return (
    <div className={styles.root}>
      <div className={styles.picker}>
        <Field label="Task">
          <Dropdown
            placeholder="Choose a task"
            value={why.selected ? label(why.selected) : ''}
            selectedOptions={why.taskId ? [why.taskId] : []}
            onOptionSelect={(_, d) => why.choose(d.optionValue ?? null)}
          >
            {why.tasks.map((t) => (
              <Option key={t.id} value={t.id} text={label(t)}>
                {label(t)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={() => void why.pickActiveCell()}>Use the task of the active cell</Button>
      </div>
      {why.error && (
        <Text role="alert" className={styles.error}>
          {why.error}
        </Text>
      )}
      {why.loading && !why.chain && <Spinner size="small" label="Tracing the drivers…" />}
      {why.chain && (
        <section aria-label={`Why ${why.chain.taskId} is scheduled when it is`}>
          <ol className={styles.chain}>
            {why.chain.steps.map((step, i) => (
              <li key={`${step.taskId}-${i}`} className={styles.step}>
                <div className={styles.head}>
                  <Text weight="semibold">
                    {step.taskId} {step.name}
                  </Text>
                  {step.critical && (
                    <Badge appearance="tint" color="danger">
                      critical
                    </Badge>
                  )}
                </div>
                <Caption1 className={styles.dates}>
                  {step.milestone ? `Milestone on ${step.finish}` : `${step.start} to ${step.finish}`}
                </Caption1>
                <Body1>{step.reason}</Body1>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
