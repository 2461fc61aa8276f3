// A list of records (members, member invitations, e-mails) that reflows from rows to cards.
import './item-list.css';
import type { ReactNode } from 'react';

export function ItemList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="item-list" aria-label={label}>
      {children}
    </ul>
  );
}

type ItemProps = {
  title: ReactNode;
  /** Short labels under the title: a role, a status. */
  badges?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
};

export function Item({ title, badges, meta, actions, children }: ItemProps) {
  return (
    <li className="item">
      <div className="item__main">
        <h3 className="item__title">{title}</h3>
        {badges ? <div className="item__badges">{badges}</div> : null}
        {meta ? <p className="item__meta">{meta}</p> : null}
        {children}
      </div>
      {actions ? <div className="item__actions">{actions}</div> : null}
    </li>
  );
}
