import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import './mobile.css';

type MobilePageProps = {
  title: string;
  /** Where the back arrow goes, and the word beside it (seed 000 §一.3: "< 登录 注册结果"). */
  back?: { to: string; label?: string };
  right?: ReactNode;
  children: ReactNode;
};

/** A seeker page: a navigation bar with a real, focusable back link, then the content. */
export function MobilePage({ title, back, right, children }: MobilePageProps) {
  useDocumentTitle(title);
  // Our own bar rather than antd-mobile's NavBar, whose left slot is a role="button" div that is
  // not focusable and would wrap the back link in a second, fake button.
  return (
    <div className="m-page">
      <header className="m-page__bar">
        <div className="m-page__bar-side">
          {back ? (
            <Link className="m-back" to={back.to} aria-label={`返回${back.label ?? ''}`}>
              <span aria-hidden="true" className="m-back__arrow">
                ‹
              </span>
              {back.label}
            </Link>
          ) : null}
        </div>
        <h1 className="m-page__title">{title}</h1>
        <div className="m-page__bar-side m-page__bar-side--end">{right}</div>
      </header>
      <main className="m-page__body">{children}</main>
    </div>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} - 开放招聘`;
  }, [title]);
}
