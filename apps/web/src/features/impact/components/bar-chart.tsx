// A bar chart as SVG named and described for screen readers, followed by its figures in a table.
import { useId } from 'react';
import { ScrollTable } from '@/components/ui';

export type ChartRow = { label: string; values: (number | null)[]; shown: string[] };

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 26;

export function BarChart({
  title,
  description,
  categoryHeader,
  series,
  rows,
  max: top,
}: {
  /** The top of the scale (5 for 1–5 answers); else the highest bar. */
  max?: number;
  title: string;
  description: string;
  categoryHeader: string;
  series: string[];
  rows: ChartRow[];
}) {
  const titleId = useId();
  const descId = useId();
  const max = top ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const slot = WIDTH / Math.max(1, rows.length);
  const bar = Math.min(28, (slot * 0.8) / series.length);
  const labelEvery = Math.ceil(rows.length / 12);
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <svg
        className="impact-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {rows.map((row, index) => {
          const x0 = index * slot + (slot - bar * series.length) / 2;
          return (
            <g key={row.label}>
              {row.values.map((value, s) => {
                const height = ((HEIGHT - AXIS - 10) * (value ?? 0)) / max;
                return (
                  <rect
                    key={series[s]}
                    className={`series-${s}`}
                    x={x0 + s * bar}
                    y={HEIGHT - AXIS - height}
                    width={Math.max(1, bar - 1)}
                    height={height}
                  />
                );
              })}
              {index % labelEvery === 0 ? (
                <text x={index * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle">
                  {row.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <ul className="impact-legend" aria-hidden="true">
          {series.map((name, s) => (
            <li key={name}>
              <span className={`series-${s}`} />
              {name}
            </li>
          ))}
        </ul>
      ) : null}
      <ScrollTable label={title}>
        <table className="impact-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {series.map((name) => (
                <th scope="col" className="num" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.shown.map((text, s) => (
                  <td className="num" key={series[s]}>
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </figure>
  );
}
