/** Settings: the project calendar and money, and which table plays which role. */
import { Body1, Button, Dropdown, Field, Input, Option, SpinButton, Subtitle2 } from '@fluentui/react-components';
import { useSettingsStyles } from './SettingsScreen.styles';
import { useSettings } from './useSettings';

const BY_NAME = '';

function spinValue(value: number | null | undefined, displayValue: string | undefined): number {
  return value ?? Number.parseFloat(displayValue ?? '');
}

export function SettingsScreen() {
  const styles = useSettingsStyles();
  const s = useSettings();
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (s.valid) s.save();
      }}
    >
      <Body1>Saved in this workbook: the project options go into its Settings table, so formulas and reports use them too.</Body1>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Project</Subtitle2>
        </legend>
        <Field label="Work week">
          <Dropdown
            value={s.project.workWeek}
            selectedOptions={[s.project.workWeek]}
            onOptionSelect={(_, d) => d.optionValue && s.setProject('workWeek', d.optionValue)}
          >
            {s.workWeeks.map((w) => (
              <Option key={w} value={w}>
                {w}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Hours per day" validationMessage={s.errors.hoursPerDay} validationState={s.errors.hoursPerDay ? 'error' : 'none'}>
          <SpinButton
            value={Number.isFinite(s.project.hoursPerDay) ? s.project.hoursPerDay : null}
            min={0.5}
            max={24}
            step={0.5}
            onChange={(_, d) => s.setProject('hoursPerDay', spinValue(d.value, d.displayValue))}
          />
        </Field>
        <Field label="Currency" validationMessage={s.errors.currency} validationState={s.errors.currency ? 'error' : 'none'}>
          <Input value={s.project.currency} maxLength={8} onChange={(_, d) => s.setProject('currency', d.value)} />
        </Field>
        <Field
          label="Critical float (working days)"
          hint="Tasks with this much float or less count as critical."
          validationMessage={s.errors.criticalFloat}
          validationState={s.errors.criticalFloat ? 'error' : 'none'}
        >
          <SpinButton
            value={Number.isFinite(s.project.criticalFloat) ? s.project.criticalFloat : null}
            min={0}
            max={250}
            onChange={(_, d) => s.setProject('criticalFloat', spinValue(d.value, d.displayValue))}
          />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Tables</Subtitle2>
        </legend>
        {s.roles.map((role) => {
          const chosen = s.mapping[role] ?? BY_NAME;
          return (
            <Field key={role} label={role}>
              <Dropdown
                value={chosen || `The table named ${role}`}
                selectedOptions={[chosen]}
                onOptionSelect={(_, d) => s.setTable(role, d.optionValue ?? BY_NAME)}
              >
                <Option value={BY_NAME}>{`The table named ${role}`}</Option>
                {s.candidates.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </fieldset>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={s.busy || !s.valid || !s.dirty}>
          Save
        </Button>
        <Button disabled={s.busy || !s.dirty} onClick={s.revert}>
          Revert
        </Button>
      </div>
    </form>
  );
}
