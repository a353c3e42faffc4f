import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import './mobile.css';

export type BackTarget = {
  to: string;
  label?: string;
  /**
   * Go back in the browser's history when this page was opened from inside the app, so the page
   * before it comes back as it was (a search's filters, list and scroll position). `to` stays the
   * link's address and the way out when the page was opened directly.
   */
  history?: boolean;
};

type MobilePageProps = {
  title: string;
  /** Where the back arrow goes, and the word beside it (seed 000 §一.3: "< 登录 注册结果"). */
  back?: BackTarget;
  right?: ReactNode;
  /** Kept at the bottom of the screen (我要应聘, the reply box, 删除). */
  footer?: ReactNode;
  children: ReactNode;
};

/** A seeker page: a navigation bar with a real, focusable back link, then the content. */
export function MobilePage({ title, back, right, footer, children }: MobilePageProps) {
  useDocumentTitle(title);
  const navigate = useNavigate();
  // Our own bar rather than antd-mobile's NavBar, whose left slot is a role="button" div that is
  // not focusable and would wrap the back link in a second, fake button.
  return (
    <div className="m-page">
      <header className="m-page__bar">
        <div className="m-page__bar-side">
          {back ? (
            <Link
              className="m-back"
              to={back.to}
              aria-label={`返回${back.label ?? ''}`}
              onClick={(event) => {
                if (back.history && cameFromInsideApp()) {
                  event.preventDefault();
                  navigate(-1);
                }
              }}
            >
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
      {footer ? <div className="m-page__footer">{footer}</div> : null}
    </div>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} - 开放招聘`;
  }, [title]);
}

/** React Router numbers the entries it pushes: above 0, the previous entry is a page of this app. */
function cameFromInsideApp(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && Number((state as { idx?: unknown }).idx) > 0;
}
