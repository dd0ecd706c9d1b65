import { makeStyles, tokens } from '@fluentui/react-components';

export const useActivityStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  progress: {
    display: 'flex',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
  },
  bar: { flexGrow: 1 },
});
