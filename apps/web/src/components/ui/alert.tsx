// A message box; errors are announced at once, confirmations politely.
import './alert.css';
import type { ReactNode } from 'react';
import { Icon } from './icon';

type AlertProps = {
  tone: 'error' | 'success' | 'info';
  title?: ReactNode;
  children?: ReactNode;
  /** Announce the message when it appears (on by default for errors and confirmations). */
  live?: boolean;
};

export function Alert({ tone, title, children, live = tone !== 'info' }: AlertProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role}>
      <Icon name={tone === 'success' ? 'check' : tone === 'error' ? 'close' : 'inbox'} />
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
