/** The running action (progress and Cancel) and how the last one went. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import { useActivityStyles } from './ActivityPanel.styles';
import type { Busy, Notice } from '../state/types';

export interface ActivityPanelProps {
  busy: Busy | null;
  notice: Notice | null;
  onCancel(): void;
  onDismiss(): void;
}

export function ActivityPanel({ busy, notice, onCancel, onDismiss }: ActivityPanelProps) {
  const styles = useActivityStyles();
  if (!busy && !notice) return null;
  return (
    <div className={styles.root}>
      {busy && (
        <div className={styles.progress} role="status" aria-live="polite">
          <Field className={styles.bar} label={busy.label} hint={busy.progress.step}>
            <ProgressBar
              value={busy.progress.fraction ?? undefined}
              max={1}
              thickness="large"
            />
          </Field>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={onDismiss}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
