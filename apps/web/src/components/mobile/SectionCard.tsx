import type { ReactNode } from 'react';
import './mobile.css';

/**
 * A card of the seeker app with its heading, which names the section for screen readers; `extra`
 * sits at the heading's end (更新于 …, 已允许).
 */
export function SectionCard({
  id,
  title,
  extra,
  className,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `m-card ${className}` : 'm-card'} aria-labelledby={id}>
      <h2 id={id} className="m-card__title">
        {title}
        {extra ? <span className="m-card__title-extra">{extra}</span> : null}
      </h2>
      {children}
    </section>
  );
}
