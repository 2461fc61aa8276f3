// The page's one <h1>; after an in-app navigation it takes the focus so the new page is announced.
import './page-header.css';
import { type ReactNode, useEffect, useRef } from 'react';
import { takeHeadingFocus } from '@/lib/route-focus';

type PageHeaderProps = { title: ReactNode; description?: ReactNode; actions?: ReactNode };

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) headingRef.current?.focus();
  }, []);
  return (
    <div className="page-header">
      <div>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {description ? <p className="page-header__description">{description}</p> : null}
      </div>
      {actions ? <div>{actions}</div> : null}
    </div>
  );
}
