/** Report charts as DrawingML: series from the source block, axes, hidden series, escaping. */
import { chartXml, seriesOf } from '../../src/cli/chartXml';
import type { ChartDescription } from '../../src/report/description';

const gantt: ChartDescription = {
  kind: 'barStacked', title: 'Gantt <chart> & co', source: 'C4:D12', categories: 'B5:B12', seriesBy: 'columns',
  hiddenSeries: [0], from: 'A15', to: 'I30', valueAxis: { min: 46083, max: 46120, numberFormat: 'd mmm' }, categoryAxis: { reverse: true }, legend: 'none',
};

describe('chart parts', () => {
  it('takes series by columns: names in the first row, values below', () => {
    expect(seriesOf(gantt, "Bob's plan")).toEqual([
      { name: "'Bob''s plan'!$C$4", values: "'Bob''s plan'!$C$5:$C$12" },
      { name: "'Bob''s plan'!$D$4", values: "'Bob''s plan'!$D$5:$D$12" },
    ]);
  });

  it('takes series by rows: names in the first column, values to the right', () => {
    const histogram: ChartDescription = { ...gantt, kind: 'columnStacked', source: 'A5:F7', categories: 'B4:F4', seriesBy: 'rows', hiddenSeries: undefined };
    expect(seriesOf(histogram, 'Loading').map((s) => s.values)).toEqual(["'Loading'!$B$5:$F$5", "'Loading'!$B$6:$F$6", "'Loading'!$B$7:$F$7"]);
  });

  it('draws a Gantt chart: horizontal stacked bars, the offset series unfilled, tasks top to bottom, dates along the bottom', () => {
    const xml = chartXml(gantt, 'Gantt');
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    const [offset, length] = xml.split('<c:ser>').slice(1);
    expect(offset).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    expect(length).not.toContain('<a:noFill/>');
    expect(xml).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<c:axPos val="l"\/>/);
    expect(xml).toMatch(/<c:valAx>.*<c:max val="46120"\/><c:min val="46083"\/>.*<c:axPos val="b"\/>.*<c:numFmt formatCode="d mmm"/);
    expect(xml).not.toContain('<c:legend>');
    expect(xml).toContain('<a:t>Gantt &lt;chart&gt; &amp; co</a:t>');
  });

  it('draws a line chart with its legend at the bottom and gaps where values are blank', () => {
    const curve: ChartDescription = { kind: 'line', title: 'S-curve', source: 'B10:D20', categories: 'A11:A20', seriesBy: 'columns', from: 'F10', to: 'I30', legend: 'bottom' };
    const xml = chartXml(curve, 'Status');
    expect(xml).toContain('<c:lineChart>');
    expect((xml.match(/<c:ser>/g) ?? []).length).toBe(3);
    expect(xml).toContain('<c:legendPos val="b"/>');
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
  });
});
