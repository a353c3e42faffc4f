import { Link } from 'react-router';
import './landing.css';

type AreaCard = { to: string; title: string; who: string; what: string; device: string; external?: boolean };

// One sentence per area, from PRODUCT.md's role table.
const AREA_CARDS: AreaCard[] = [
  {
    to: '/m',
    title: '求职者',
    who: '个人求职者（含在校学生）',
    what: '实名注册登录、搜索岗位、应聘、查看单位回复与面试通知、收藏职位，参加校园宣讲会和双选会。',
    device: '手机端',
  },
  {
    to: '/employer',
    title: '用人单位',
    who: '单位管理员与HR成员',
    what: '发布和管理职位、处理简历、面试安排、人才邀约、云校招与校园招聘、道具商城。',
    device: '电脑端',
  },
  {
    to: '/university',
    title: '高校就业中心',
    who: '高校就业中心老师',
    what: '审核单位入驻、宣讲会、双选会、招聘简章和云宣讲，举办视频双选会。',
    device: '电脑端',
  },
  {
    to: '/ops',
    title: '平台运营',
    who: '平台运营人员',
    what: '审核单位认证与管理员申请、同城推文、发票和会员线索，配置套餐与价格。',
    device: '电脑端',
  },
  {
    to: '/centre',
    title: '各区就业促进中心',
    who: '区就业促进中心工作人员',
    what: '为持港澳台通行证或居住证人员开户，办理求职者基本信息、学历和政治面貌变更。',
    device: '电脑端',
  },
  {
    to: '/docs',
    title: 'API 文档',
    who: '开发者与对接方',
    what: '全部接口的 OpenAPI 说明，可在线调试。',
    device: '开发者',
    external: true,
  },
];

export function LandingPage() {
  return (
    <div className="landing">
      <header className="landing__hero">
        <p className="landing__brand">OpenRecruit</p>
        <h1>开放招聘</h1>
        <p className="landing__lead">
          开源的公共招聘平台：求职者、用人单位、高校就业中心、平台运营和各区就业促进中心在同一个系统中协作。
        </p>
        <p className="landing__note">
          个人信息全程加密存储、脱敏展示；单位仅在求职者应聘或付费下载后可查看联系方式。
        </p>
      </header>
      <main className="landing__areas">
        <h2 className="visually-hidden">选择入口</h2>
        <ul>
          {AREA_CARDS.map((card) => (
            <li key={card.to}>
              {card.external ? (
                <a className="landing__card" href={card.to}>
                  <AreaCardBody card={card} />
                </a>
              ) : (
                <Link className="landing__card" to={card.to}>
                  <AreaCardBody card={card} />
                </Link>
              )}
            </li>
          ))}
        </ul>
      </main>
      <footer className="landing__footer">开放招聘 OpenRecruit · 开源招聘平台</footer>
    </div>
  );
}

function AreaCardBody({ card }: { card: AreaCard }) {
  return (
    <>
      <span className="landing__card-head">
        <span className="landing__card-title">{card.title}</span>
        <span className="landing__card-device">{card.device}</span>
      </span>
      <span className="landing__card-who">{card.who}</span>
      <span className="landing__card-what">{card.what}</span>
      <span className="landing__card-go" aria-hidden="true">
        进入 →
      </span>
    </>
  );
}
