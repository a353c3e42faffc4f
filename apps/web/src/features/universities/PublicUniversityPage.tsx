import type { PublicUniversity } from '@openrecruit/shared';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { formatDate, formatDateTime } from '../../lib/format';
import { UniversityCloudPresentationsSection } from '../cloud-presentations/UniversityCloudPresentationsSection';
import { usePublicUniversity } from './api';
import './university-page.css';

/**
 * /m/universities/:id (issue 11 §1): a university's public page — profile, campuses, contact, its
 * upcoming 宣讲会 and 双选会, 招聘简章, and 已入驻单位.
 */
export function PublicUniversityPage() {
  const { id = '' } = useParams();
  const university = usePublicUniversity(id);
  const back = { to: '/m/universities', label: '高校', history: true };
  if (university.isPending)
    return (
      <MobilePage title="高校主页" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (university.isError)
    return (
      <MobilePage title="高校主页" back={back}>
        <LoadFailed error={university.error} retry={() => university.refetch()} />
      </MobilePage>
    );
  return (
    <MobilePage title={university.data.name} back={back}>
      <UniversityBody university={university.data} />
    </MobilePage>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="m-card" aria-labelledby={id}>
      <h2 id={id} className="m-card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function UniversityBody({ university }: { university: PublicUniversity }) {
  return (
    <>
      <section className="m-card m-university-head" aria-label="学校">
        {university.logoUrl ? (
          <img className="m-university-logo" src={university.logoUrl} alt={`${university.name}校徽`} />
        ) : (
          <span className="m-university-logo m-university-logo--empty" aria-hidden="true">
            {Array.from(university.name)[0]}
          </span>
        )}
        <div>
          <p className="m-university-head__name">{university.name}</p>
          <p className="m-university-head__city">{university.address || university.city}</p>
        </div>
      </section>
      <Card id="university-intro" title="学校简介">
        <p className="m-university-intro">{university.introduction || '暂无简介'}</p>
      </Card>
      <Card id="university-campuses" title="校区">
        {university.campuses.length ? (
          <ul className="m-university-list">
            {university.campuses.map((campus) => (
              <li key={`${campus.name}-${campus.address}`}>
                <span className="m-university-list__title">{campus.name}</span>
                <span className="m-university-list__sub">{campus.address}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无校区信息</p>
        )}
      </Card>
      <Card id="university-contact" title="就业中心联系方式">
        <dl className="m-facts">
          <dt>联系人</dt>
          <dd>{university.contactName || '—'}</dd>
          <dt>电话</dt>
          <dd>
            {university.contactPhone ? (
              <a href={`tel:${university.contactPhone}`}>{university.contactPhone}</a>
            ) : (
              '—'
            )}
          </dd>
          <dt>邮箱</dt>
          <dd>
            {university.contactEmail ? (
              <a href={`mailto:${university.contactEmail}`}>{university.contactEmail}</a>
            ) : (
              '—'
            )}
          </dd>
        </dl>
      </Card>
      <Card id="university-presentations" title="近期宣讲会">
        {university.campus.presentations.length ? (
          <ul className="m-university-list">
            {university.campus.presentations.map((p) => (
              <li key={p.id}>
                <Link className="m-university-list__link" to={`/m/campus/presentations/${p.id}`}>
                  <span className="m-university-list__title">{p.title}</span>
                  <span className="m-university-list__sub">
                    {p.companyName} · {formatDateTime(p.startsAt)} · {p.room}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">近期暂无宣讲会</p>
        )}
      </Card>
      <Card id="university-fairs" title="近期双选会">
        {university.campus.jobFairs.length ? (
          <ul className="m-university-list">
            {university.campus.jobFairs.map((f) => (
              <li key={f.id}>
                <Link className="m-university-list__link" to={`/m/campus/job-fairs/${f.id}`}>
                  <span className="m-university-list__title">{f.title}</span>
                  <span className="m-university-list__sub">
                    {formatDateTime(f.startsAt)} · {f.location}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">近期暂无双选会</p>
        )}
      </Card>
      <UniversityCloudPresentationsSection universityId={university.id} />
      <Card id="university-brochures" title="招聘简章">
        {university.campus.brochures.length ? (
          <ul className="m-university-list">
            {university.campus.brochures.map((b) => (
              <li key={b.publicationId}>
                <Link className="m-university-list__link" to={`/m/campus/brochures/${b.publicationId}`}>
                  <span className="m-university-list__title">{b.title}</span>
                  <span className="m-university-list__sub">
                    {b.companyName} · {formatDate(b.approvedAt)} 发布
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无招聘简章</p>
        )}
      </Card>
      <Card id="university-companies" title="已入驻单位">
        {university.enteredCompanies.length ? (
          <ul className="m-university-list">
            {university.enteredCompanies.map((company) => (
              <li key={company.id} className="m-university-company">
                {company.logoUrl ? <img src={company.logoUrl} alt="" /> : null}
                <span>
                  <span className="m-university-list__title">{company.name}</span>
                  <span className="m-university-list__sub">{formatDate(company.enteredAt)} 入驻</span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无已入驻单位</p>
        )}
      </Card>
    </>
  );
}
