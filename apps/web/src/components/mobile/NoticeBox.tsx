import type { ReactNode } from 'react';
import './mobile.css';

/** A visible box for notes the person must read (seed 000's 注: lines, the verifier's notice). */
export function NoticeBox({
  title,
  tone = 'info',
  children,
}: {
  title?: string;
  tone?: 'info' | 'warning';
  children: ReactNode;
}) {
  return (
    <section className={`m-notice m-notice--${tone}`} aria-label={title}>
      {title ? <p className="m-notice__title">{title}</p> : null}
      {children}
    </section>
  );
}
