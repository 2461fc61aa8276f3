// A wide table on a narrow screen: the region scrolls sideways and can be reached with the keyboard.
// Its table takes the class `data-table` (scroll-table.css) unless the feature styles its own.
import './scroll-table.css';
import type { ReactNode } from 'react';

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to scroll with the keyboard (WCAG 2.1.1).
    <section className="scroll-table" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
