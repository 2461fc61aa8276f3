// A white panel; with a title it becomes a labelled section.
import './card.css';
import { type ReactNode, useId } from 'react';

type CardProps = { title?: ReactNode; children: ReactNode; className?: string };

export function Card({ title, children, className }: CardProps) {
  const titleId = useId();
  const classes = ['card', className].filter(Boolean).join(' ');
  if (!title) return <div className={classes}>{children}</div>;
  return (
    <section className={classes} aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
