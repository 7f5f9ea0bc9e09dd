import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';

// Only the chart kinds the pages draw are bundled.
echarts.use([
  RadarChart,
  LineChart,
  BarChart,
  RadarComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/**
 * An Apache ECharts chart. The canvas is hidden from screen readers: every chart on a page has a table
 * with the same numbers next to it, and `label` names the chart for sighted keyboard users.
 */
export function Chart({ option, label, height = 360 }: { option: EChartsOption; label: string; height?: number }) {
  return (
    <figure className="chart" aria-label={label}>
      <div aria-hidden="true">
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
      </div>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}
