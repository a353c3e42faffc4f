import type { CampusFairItem, CampusPresentationItem } from '@openrecruit/shared';
import { Tabs, Tag } from 'antd-mobile';
import { Link, useSearchParams } from 'react-router';
import { LinkList } from '../../components/mobile/LinkList';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { formatDate } from '../../lib/format';
import { CampusCloudPresentationList } from '../cloud-presentations/CampusCloudPresentationList';
import {
  useCampusBrochures,
  useCampusFairs,
  useCampusPresentations,
  useMyCampusSignups,
  useSeekerCampus,
} from './api';
import { presentationTime, SIGNUP_TAG_COLORS, signupLabel } from './campus-labels';
import './campus.css';

const TABS = [
  { key: 'presentations', title: '宣讲会' },
  { key: 'job-fairs', title: '双选会' },
  { key: 'brochures', title: '招聘简章' },
  { key: 'cloud-presentations', title: '云宣讲' },
  { key: 'signups', title: '我的报名' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** /m/campus (issue 11 §8): a student's 校园 — their university's presentations, fairs, brochures and 我的报名. */
export function CampusPage() {
  const campus = useSeekerCampus();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.some((t) => t.key === params.get('tab'))
    ? (params.get('tab') as TabKey)
    : 'presentations';
  const back = { to: '/m', label: '首页' };
  if (campus.isPending)
    return (
      <MobilePage title="校园" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (campus.isError)
    return (
      <MobilePage title="校园" back={back}>
        <LoadFailed error={campus.error} retry={() => campus.refetch()} />
      </MobilePage>
    );
  const university = campus.data.university;
  if (!university)
    return (
      <MobilePage title="校园" back={back}>
        <section className="m-card" aria-labelledby="campus-why">
          <h2 id="campus-why" className="m-card__title">
            校园仅对在读学生开放
          </h2>
          <p className="m-campus__why">
            在简历的“教育经历”中填写本平台的高校（学校名称与高校全称一致），且结束时间为“至今”或尚未到达，即可查看本校的宣讲会、双选会、招聘简章并报名宣讲会。
          </p>
          <p>
            <Link to="/m/resume">去完善简历</Link>　<Link to="/m/universities">浏览高校</Link>
          </p>
        </section>
        <LinkList items={[{ label: '我的邀约', description: '用人单位的应聘邀约', to: '/m/invitations' }]} />
      </MobilePage>
    );
  return (
    <MobilePage title="校园" back={back}>
      <section className="m-card m-campus__head" aria-label="我的学校">
        <span className="m-campus__mark" aria-hidden="true">
          {Array.from(university.name)[0]}
        </span>
        <span>
          <span className="m-campus__name">{university.name}</span>
          <Link className="m-campus__home" to={`/m/universities/${university.id}`}>
            学校主页
          </Link>
        </span>
      </section>
      <LinkList
        label="校园服务"
        items={[
          { label: '我的邀约', description: '用人单位的应聘邀约', to: '/m/invitations' },
          { label: '我的提问', description: '向用人单位提出的问题与回答', to: '/m/campus/questions' },
          {
            label: '视频双选会',
            description: '本校的视频双选会：报名参加，查看参会单位',
            to: '/m/campus/video-fairs',
          },
          { label: '我的面试', description: '视频双选会的邀请与排队', to: '/m/campus/video-interviews' },
        ]}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        className="m-campus__tabs"
      >
        {TABS.map((t) => (
          <Tabs.Tab key={t.key} title={t.title}>
            {t.key === tab ? <TabBody tab={t.key} /> : null}
          </Tabs.Tab>
        ))}
      </Tabs>
    </MobilePage>
  );
}

function TabBody({ tab }: { tab: TabKey }) {
  switch (tab) {
    case 'presentations':
      return <PresentationList />;
    case 'job-fairs':
      return <FairList />;
    case 'brochures':
      return <BrochureList />;
    case 'cloud-presentations':
      return <CampusCloudPresentationList />;
    case 'signups':
      return <SignupList />;
  }
}

function Empty({ children }: { children: string }) {
  return <p className="m-muted m-campus__empty">{children}</p>;
}

function PresentationCard({ item }: { item: CampusPresentationItem }) {
  return (
    <Link className="m-card m-campus-item" to={`/m/campus/presentations/${item.id}`}>
      <span className="m-campus-item__head">
        <span className="m-campus-item__title">{item.title}</span>
        {item.signup && item.signup.state !== 'cancelled' ? (
          <Tag color={SIGNUP_TAG_COLORS[item.signup.state]} fill="outline">
            {signupLabel(item.signup.state)}
          </Tag>
        ) : item.capacityLeft === 0 ? (
          <Tag color="warning" fill="outline">
            名额已满
          </Tag>
        ) : null}
      </span>
      <span className="m-campus-item__line">{item.company.name}</span>
      <span className="m-campus-item__line">{presentationTime(item.startsAt, item.endsAt)}</span>
      <span className="m-campus-item__line">
        {item.room}　剩余名额 {item.capacityLeft}/{item.capacity}
      </span>
    </Link>
  );
}

function PresentationList() {
  const list = useCampusPresentations(true);
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {items.length === 0 ? <Empty>本校近期暂无宣讲会</Empty> : null}
      <ul className="m-campus-list" aria-label="宣讲会">
        {items.map((item) => (
          <li key={item.id}>
            <PresentationCard item={item} />
          </li>
        ))}
      </ul>
      {items.length > 0 ? <LoadMore query={list} noun="宣讲会" /> : null}
    </>
  );
}

function FairCard({ item }: { item: CampusFairItem }) {
  return (
    <Link className="m-card m-campus-item" to={`/m/campus/job-fairs/${item.id}`}>
      <span className="m-campus-item__title">{item.title}</span>
      <span className="m-campus-item__line">{presentationTime(item.startsAt, item.endsAt)}</span>
      <span className="m-campus-item__line">
        {item.location}　参会单位 {item.companyCount} 家
      </span>
    </Link>
  );
}

function FairList() {
  const list = useCampusFairs(true);
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {items.length === 0 ? <Empty>本校近期暂无双选会</Empty> : null}
      <ul className="m-campus-list" aria-label="双选会">
        {items.map((item) => (
          <li key={item.id}>
            <FairCard item={item} />
          </li>
        ))}
      </ul>
      {items.length > 0 ? <LoadMore query={list} noun="双选会" /> : null}
    </>
  );
}

function BrochureList() {
  const list = useCampusBrochures(true);
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {items.length === 0 ? <Empty>本校暂无招聘简章</Empty> : null}
      <ul className="m-campus-list" aria-label="招聘简章">
        {items.map((item) => (
          <li key={item.publicationId}>
            <Link className="m-card m-campus-item" to={`/m/campus/brochures/${item.publicationId}`}>
              <span className="m-campus-item__title">{item.title}</span>
              <span className="m-campus-item__line">{item.company.name}</span>
              <span className="m-campus-item__line">{formatDate(item.approvedAt)} 发布</span>
            </Link>
          </li>
        ))}
      </ul>
      {items.length > 0 ? <LoadMore query={list} noun="招聘简章" /> : null}
    </>
  );
}

function SignupList() {
  const list = useMyCampusSignups(true);
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {items.length === 0 ? <Empty>还没有报名宣讲会</Empty> : null}
      <ul className="m-campus-list" aria-label="我的报名">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              className="m-card m-campus-item"
              to={
                item.state === 'cancelled'
                  ? `/m/campus/presentations/${item.presentation.id}`
                  : `/m/campus/signups/${item.id}`
              }
            >
              <span className="m-campus-item__head">
                <span className="m-campus-item__title">{item.presentation.title}</span>
                <Tag color={SIGNUP_TAG_COLORS[item.state]} fill="outline">
                  {signupLabel(item.state)}
                </Tag>
              </span>
              <span className="m-campus-item__line">{item.presentation.companyName}</span>
              <span className="m-campus-item__line">
                {presentationTime(item.presentation.startsAt, item.presentation.endsAt)}
              </span>
              <span className="m-campus-item__line">
                {item.presentation.room}
                {item.state === 'signed_up' ? '　查看签到码 ›' : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {items.length > 0 ? <LoadMore query={list} noun="报名" /> : null}
    </>
  );
}
