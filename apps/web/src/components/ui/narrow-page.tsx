// A single-column page around one card: sign-in, sign-up, member invitation, first organisation.
import './narrow-page.css';
import type { ReactNode } from 'react';
import { Card } from './card';
import { PageHeader } from './page-header';

type NarrowPageProps = {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card, e.g. "Forgot your password?". */
  links?: ReactNode;
};

export function NarrowPage({ title, description, children, links }: NarrowPageProps) {
  return (
    <div className="narrow-page">
      <PageHeader title={title} description={description} />
      <Card>{children}</Card>
      {links ? <div className="narrow-page__links">{links}</div> : null}
    </div>
  );
}
