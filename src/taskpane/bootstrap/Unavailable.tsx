/** What the pane shows when it cannot work: outside Excel, or without Office.js. */
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { OfficeOutcome } from './officeReady';
import { THEMES } from '../theme/themes';
import { currentThemeKind } from '../theme/useOfficeTheme';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
});

export function Starting() {
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[currentThemeKind()]}>
      <main className={styles.root}>
        <Spinner label="Starting Cellpath…" />
      </main>
    </FluentProvider>
  );
}

export function Unavailable({ outcome }: { outcome: Exclude<OfficeOutcome, { kind: 'excel' }> }) {
  const styles = useStyles();
  const outside = outcome.kind === 'outsideExcel';
  return (
    <FluentProvider theme={THEMES[currentThemeKind()]}>
      <main className={styles.root} data-testid="unavailable" data-reason={outcome.kind}>
        <Title3 as="h1">Cellpath</Title3>
        <MessageBar intent={outside ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outside ? 'This pane works inside Excel' : 'Cannot connect to Excel'}</MessageBarTitle>
            {outside
              ? outcome.host
                ? `It was opened in ${outcome.host}, but it needs an Excel workbook.`
                : 'It was opened outside Excel, in a plain browser.'
              : outcome.reason}
          </MessageBarBody>
        </MessageBar>
        <Body1>
          {outside
            ? 'Open a workbook in Excel (desktop or on the web), then choose Cellpath on the Home tab.'
            : 'Check the network connection, then close and reopen the pane. Nothing in the workbook was changed.'}
        </Body1>
      </main>
    </FluentProvider>
  );
}
