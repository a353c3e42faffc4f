import { Image, ImageViewer } from 'antd-mobile';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { formatDate } from '../../lib/format';
import { AskQuestionButton } from '../campus-qa/AskQuestionButton';
import { usePublicBrochure } from './api';
import './brochures.css';
import './seeker-brochures.css';

/** /m/campus/brochures/:publicationId: a brochure as the university approved it, with 提问. */
export function SeekerBrochurePage() {
  const { publicationId = '' } = useParams();
  const brochure = usePublicBrochure(publicationId);
  const [viewing, setViewing] = useState<number | null>(null);
  const data = brochure.data;
  return (
    <MobilePage
      title="招聘简章"
      back={{ to: '/m/campus/brochures', label: '招聘简章', history: true }}
      footer={
        data ? (
          <div className="m-bottom-bar m-brochure-bar">
            <Link className="m-brochure-bar__company" to={`/m/campus/companies/${data.company.id}`}>
              单位主页
            </Link>
            <AskQuestionButton
              companyId={data.company.id}
              companyName={data.company.name}
              contextKind="brochure"
              contextId={data.publicationId}
              block
            />
          </div>
        ) : null
      }
    >
      {brochure.isPending ? (
        <LoadingBlock />
      ) : brochure.isError ? (
        <LoadFailed error={brochure.error} retry={() => brochure.refetch()} />
      ) : (
        <article className="m-card m-brochure-detail" aria-labelledby="brochure-title">
          <h1 id="brochure-title" className="m-brochure-detail__title">
            {brochure.data.title}
          </h1>
          <p className="m-brochure__meta">
            <Link to={`/m/campus/companies/${brochure.data.company.id}`}>{brochure.data.company.name}</Link> ·{' '}
            {brochure.data.university.name} · {formatDate(brochure.data.approvedAt)}发布
          </p>
          {/* Sanitised on the server (sanitizeBrochureHtml) before it was stored. */}
          <div
            className="brochure-html"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the server keeps only a safe subset
            dangerouslySetInnerHTML={{ __html: brochure.data.html }}
          />
          {brochure.data.images.length ? (
            <div className="m-brochure-detail__images">
              {brochure.data.images.map((image, index) => (
                <button
                  key={image.id}
                  type="button"
                  className="m-brochure-detail__image"
                  onClick={() => setViewing(index)}
                  aria-label={`查看简章图片${index + 1}`}
                >
                  <Image src={image.url} alt={`简章图片${index + 1}`} width="100%" height={100} fit="cover" />
                </button>
              ))}
              <ImageViewer.Multi
                images={brochure.data.images.map((image) => image.url)}
                visible={viewing !== null}
                defaultIndex={viewing ?? 0}
                onClose={() => setViewing(null)}
              />
            </div>
          ) : null}
          {brochure.data.jobs.length ? (
            <section aria-labelledby="brochure-jobs" className="m-brochure-detail__jobs">
              <h2 id="brochure-jobs" className="m-card__title">
                招聘职位
              </h2>
              <ul>
                {brochure.data.jobs.map((job) => (
                  <li key={job.id}>
                    <Link to={`/m/jobs/${job.id}`}>{job.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </article>
      )}
    </MobilePage>
  );
}
