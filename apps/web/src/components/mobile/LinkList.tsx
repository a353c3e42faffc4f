import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './mobile.css';

export type LinkListItem = {
  label: string;
  /** A page inside the app, or an action (e.g. 退出登录). */
  to?: string;
  onClick?: () => void;
  description?: string;
  icon?: ReactNode;
  /** Shown before the arrow, e.g. an unread badge; say it in `description` or the label too. */
  extra?: ReactNode;
  danger?: boolean;
};

/** An antd-mobile-looking list whose rows are real links and buttons, so Tab and Enter reach them. */
export function LinkList({ items, label }: { items: LinkListItem[]; label?: string }) {
  return (
    <ul className="m-link-list" aria-label={label}>
      {items.map((item) => {
        const body = (
          <>
            {item.icon ? <span className="m-link-list__icon">{item.icon}</span> : null}
            <span className="m-link-list__text">
              <span className="m-link-list__label">{item.label}</span>
              {item.description ? <span className="m-link-list__description">{item.description}</span> : null}
            </span>
            {item.extra ? <span className="m-link-list__extra">{item.extra}</span> : null}
            <span className="m-link-list__arrow" aria-hidden="true">
              ›
            </span>
          </>
        );
        const className = `m-link-list__row${item.danger ? ' m-link-list__row--danger' : ''}`;
        return (
          <li key={item.label}>
            {item.to ? (
              <Link className={className} to={item.to}>
                {body}
              </Link>
            ) : (
              <button type="button" className={className} onClick={item.onClick}>
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
