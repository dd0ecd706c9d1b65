/** One figure of the plan at a glance: a label over its value. */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  value: { overflowWrap: 'anywhere', margin: 0 },
  alert: { color: tokens.colorPaletteRedForeground1 },
  wide: { gridColumn: '1 / -1' },
});

export function StatTile({ label, value, alert = false, wide = false }: { label: string; value: string; alert?: boolean; wide?: boolean }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.tile, wide && styles.wide)}>
      <Caption1 as="span">{label}</Caption1>
      <Text size={400} weight="semibold" className={mergeClasses(styles.value, alert && styles.alert)}>
        {value}
      </Text>
    </div>
  );
}
