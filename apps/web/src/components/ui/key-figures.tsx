// A few counts side by side, label above value (capacity, booked, remaining…); wraps on a phone.
import './key-figures.css';
import type { ReactNode } from 'react';

export type KeyFigure = { key: string; label: string; value: ReactNode };

export function KeyFigures({ figures, small }: { figures: KeyFigure[]; small?: boolean }) {
  return (
    <dl className={small ? 'key-figures key-figures--small' : 'key-figures'}>
      {figures.map((figure) => (
        <div key={figure.key}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
