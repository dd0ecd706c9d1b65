import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  sheets: { display: 'flex', flexDirection: 'column' },
  create: { alignSelf: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1 },
});
