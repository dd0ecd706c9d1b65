import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  provider: { minHeight: '100vh' },
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  colorfulHeader: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    paddingBottom: tokens.spacingVerticalS,
  },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, flexWrap: 'wrap' },
  // Compact tabs, so all five fit a task pane of the usual width.
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  activity: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`, flexGrow: 1 },
});
