/** Report: the status date and which sheets to add. Existing sheets are never changed. */
import { Body1, Button, Checkbox, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useReportStyles } from './ReportScreen.styles';
import { useReport } from './useReport';

export function ReportScreen() {
  const styles = useReportStyles();
  const report = useReport();
  const { draft } = report;
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        report.create();
      }}
    >
      <Body1>Adds new sheets to the workbook; existing sheets are left as they are.</Body1>
      <Field
        label="Status date"
        hint={report.planStatusDate ? `Empty: the Settings table's ${report.planStatusDate}.` : 'Empty: the Settings table\'s status date, else today.'}
        validationMessage={report.dateError ?? undefined}
        validationState={report.dateError ? 'error' : 'none'}
      >
        <Input type="date" value={draft.statusDate ?? ''} onChange={(_, d) => report.setStatusDate(d.value)} />
      </Field>
      <div className={styles.sheets} role="group" aria-labelledby="report-sheets">
        <Text id="report-sheets" weight="semibold">
          Sheets to create
        </Text>
        <Checkbox label="Status report (summary, earned value, milestones)" checked={draft.sheets.status} onChange={(_, d) => report.setSheet('status', !!d.checked)} />
        <Checkbox label="Gantt chart" checked={draft.sheets.gantt} onChange={(_, d) => report.setSheet('gantt', !!d.checked)} />
        <Checkbox label="Resource loading" checked={draft.sheets.loading} onChange={(_, d) => report.setSheet('loading', !!d.checked)} />
        {report.noSheet && (
          <Text role="alert" className={styles.error}>
            Choose at least one sheet.
          </Text>
        )}
      </div>
      <Field label="Loading by">
        <RadioGroup layout="horizontal" value={draft.period} onChange={(_, d) => report.setPeriod(d.value as typeof draft.period)}>
          <Radio value="day" label="Day" />
          <Radio value="week" label="Week" />
          <Radio value="month" label="Month" />
        </RadioGroup>
      </Field>
      <Button
        className={styles.create}
        type="submit"
        appearance="primary"
        disabled={report.busy || report.noSheet || !!report.dateError || !report.hasTasks}
      >
        Create sheets
      </Button>
    </form>
  );
}
