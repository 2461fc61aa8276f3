// A short label: a role, a status.
import './badge.css';
import type { ReactNode } from 'react';

type BadgeProps = { tone?: 'neutral' | 'primary' | 'success' | 'danger'; children: ReactNode };

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
