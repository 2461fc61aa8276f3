// A real figure on the dashboard, with a link to where it comes from.
import './stat.css';
import type { ReactNode } from 'react';

type StatProps = { value: ReactNode; label: ReactNode; link?: ReactNode };

export function Stat({ value, label, link }: StatProps) {
  return (
    <div className="stat">
      <p className="stat__label">
        <span className="stat__value">{value}</span>
        <br />
        {label}
      </p>
      {link ? <div className="stat__link">{link}</div> : null}
    </div>
  );
}
