import type { SessionAccount } from '@openrecruit/shared';
import { Badge, Button } from 'antd-mobile';
import { Link, NavLink, useNavigate } from 'react-router';
import { LinkList } from '../../components/mobile/LinkList';
import { useDocumentTitle } from '../../components/mobile/MobilePage';
import { PersonIcon, SurnameAvatar } from '../../components/mobile/SeekerAvatar';
import { useCampusEntry } from '../../features/campus-students/campus-entry';
import { useNotificationSummary } from '../../features/realtime/api';
import { useSession } from '../../lib/session';
import { RECRUIT_ENTRIES } from './recruit-entries';
import './seeker-home.css';

type Tab = 'home' | 'recruit';

/** Seed 000 §一.1 and §二.1: the home page, its top-left 人像 / surname mark, and the 首页 | 招聘 tabs. */
export function SeekerHomePage({ tab }: { tab: Tab }) {
  const session = useSession('seeker');
  const account = session.data?.account;
  const notices = useNoticeCount();
  useDocumentTitle(tab === 'home' ? '首页' : '招聘');
  return (
    <div className="m-home">
      <header className="m-home__bar">
        <AccountMark account={account} pending={session.isPending} />
        <h1 className="m-home__title">{tab === 'home' ? '开放招聘' : '招聘'}</h1>
        <span className="m-home__bar-spacer" />
      </header>
      <main className="m-home__body">
        {tab === 'home' ? <HomeTab account={account} notices={notices} /> : <RecruitTab notices={notices} />}
      </main>
      <nav className="m-tabbar" aria-label="主导航">
        <NavLink to="/m" end className="m-tabbar__item">
          <TabIcon name="home" />
          首页
        </NavLink>
        <NavLink to="/m/recruit" className="m-tabbar__item">
          <Badge content={notices > 0 ? notices : null}>
            <TabIcon name="recruit" />
          </Badge>
          招聘
          {notices > 0 ? <span className="visually-hidden">（{notices}条新通知）</span> : null}
        </NavLink>
      </nav>
    </div>
  );
}

function AccountMark({ account, pending }: { account: SessionAccount | undefined; pending: boolean }) {
  if (pending) return <span className="m-round-button" aria-hidden="true" />;
  if (!account) {
    return (
      <Link to="/m/login" className="m-round-button m-home__person" aria-label="登录">
        <PersonIcon />
      </Link>
    );
  }
  return (
    <Link to="/m/user" className="m-round-button" aria-label={`用户页面：${account.displayName}`}>
      <SurnameAvatar surname={account.surname ?? Array.from(account.displayName)[0] ?? ''} size={34} />
    </Link>
  );
}

/** Unread employer replies and new interview notices: the badge of 招聘 and 我的应聘 (seed 000 §六.1). */
function useNoticeCount(): number {
  const summary = useNotificationSummary();
  return summary.data ? summary.data.unreadReplies + summary.data.newInterviewNotices : 0;
}

function noticeText(notices: number): string {
  return `${notices}条新回复或面试通知`;
}

function HomeTab({ account, notices }: { account: SessionAccount | undefined; notices: number }) {
  const navigate = useNavigate();
  const campusEntry = useCampusEntry(Boolean(account));
  return (
    <>
      <section className="m-home__welcome" aria-label="欢迎">
        {account ? (
          <>
            <p className="m-home__hello">{account.displayName}，您好</p>
            <p className="m-home__sub">欢迎使用开放招聘个人求职服务</p>
          </>
        ) : (
          <>
            <p className="m-home__hello">欢迎使用开放招聘</p>
            <p className="m-home__sub">登录后可搜索岗位、应聘并查看单位回复</p>
            <div className="m-home__welcome-actions">
              <Button className="m-home__login" size="small" onClick={() => navigate('/m/login')}>
                登录
              </Button>
              <Button size="small" fill="outline" onClick={() => navigate('/m/register')}>
                注册账号
              </Button>
            </div>
          </>
        )}
      </section>
      <section className="m-section" aria-labelledby="home-recruit">
        <h2 id="home-recruit" className="m-home__heading">
          招聘
        </h2>
        <ul className="m-home__grid">
          {RECRUIT_ENTRIES.map((entry) => (
            <li key={entry.path}>
              <Link to={`/m/${entry.path}`} className="m-home__grid-item">
                <Badge content={entry.path === 'applications' && notices > 0 ? notices : null}>
                  <span className="m-home__grid-mark" aria-hidden="true">
                    {entry.mark}
                  </span>
                </Badge>
                {entry.label}
                {entry.path === 'applications' && notices > 0 ? (
                  <span className="visually-hidden">（{noticeText(notices)}）</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="m-section" aria-labelledby="home-campus">
        <h2 id="home-campus" className="m-home__heading">
          校园
        </h2>
        <LinkList
          items={[
            ...(campusEntry ? [campusEntry] : []),
            { label: '高校', description: '各高校就业中心的介绍、校区和联系方式', to: '/m/universities' },
          ]}
        />
      </section>
    </>
  );
}

function RecruitTab({ notices }: { notices: number }) {
  return (
    <section aria-label="招聘">
      <LinkList
        items={RECRUIT_ENTRIES.map((entry) => ({
          label: entry.label,
          to: `/m/${entry.path}`,
          ...(entry.path === 'applications' && notices > 0
            ? { description: noticeText(notices), extra: <Badge content={notices} /> }
            : {}),
          icon: (
            <span className="m-home__list-mark" aria-hidden="true">
              {entry.mark}
            </span>
          ),
        }))}
      />
    </section>
  );
}

function TabIcon({ name }: { name: 'home' | 'recruit' }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {name === 'home' ? (
        <path
          d="M3.5 10.5 12 3.8l8.5 6.7V20a1 1 0 0 1-1 1h-5v-6h-5v6h-5a1 1 0 0 1-1-1z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      ) : (
        <>
          <rect
            x="3"
            y="7"
            width="18"
            height="13"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <path
            d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 12h18"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </>
      )}
    </svg>
  );
}
