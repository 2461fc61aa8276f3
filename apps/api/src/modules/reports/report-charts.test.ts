// The y axis of the report's bar charts: counts get whole-number steps, scales their own.
import { describe, expect, it } from 'vitest';
import type { Drawing } from '../../platform/pdf';
import { barChart } from './report-charts';

const series = [{ name: 'Ateliers', colour: '#2563eb' }];

function axisLabels(drawing: Drawing) {
  return drawing.shapes.flatMap((s) => (s.shape === 'text' && s.anchor === 'end' ? [s.text] : []));
}

describe('bar chart axis', () => {
  it('counts up to 10 in steps of 2, never 2.5', () => {
    const svg = barChart({
      groups: [
        { label: '26-09', values: [3] },
        { label: '26-10', values: [10] },
      ],
      series,
      width: 400,
      height: 200,
    });
    expect(axisLabels(svg)).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('an empty month reads 0 and 1, with no fraction', () => {
    const svg = barChart({
      groups: [{ label: '26-09', values: [0] }],
      series,
      width: 400,
      height: 200,
    });
    expect(axisLabels(svg)).toEqual(['0', '1']);
  });

  it('a 1–5 scale keeps one step per point', () => {
    const svg = barChart({
      groups: [{ label: 'Q1', values: [2.45] }],
      series,
      width: 400,
      height: 200,
      max: 5,
    });
    expect(axisLabels(svg)).toEqual(['0', '1', '2', '3', '4', '5']);
  });
});
