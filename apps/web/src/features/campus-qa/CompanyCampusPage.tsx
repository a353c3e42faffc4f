import { Image } from 'antd-mobile';
import { useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { SectionCard } from '../../components/mobile/SectionCard';
import { BrochureCard } from '../brochures/BrochureCard';
import { AskQuestionButton } from './AskQuestionButton';
import { useCompanyCampus } from './api';
import './campus-qa.css';

/** /m/campus/companies/:companyId: a company's campus page — its introduction, 常见问题, 招聘简章 and 提问. */
export function CompanyCampusPage() {
  const { companyId = '' } = useParams();
  const campus = useCompanyCampus(companyId);
  const data = campus.data;
  return (
    <MobilePage
      title={data?.company.name ?? '单位主页'}
      back={{ to: '/m/campus/brochures', label: '招聘简章', history: true }}
      footer={
        data ? (
          <div className="m-bottom-bar">
            <AskQuestionButton
              companyId={data.company.id}
              companyName={data.company.name}
              contextKind="company"
              label="向单位提问"
              block
            />
          </div>
        ) : null
      }
    >
      {campus.isPending ? (
        <LoadingBlock />
      ) : campus.isError ? (
        <LoadFailed error={campus.error} retry={() => campus.refetch()} />
      ) : (
        <>
          <SectionCard id="campus-company" title="单位介绍">
            <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 8 }}>
              {campus.data.company.logoUrl ? (
                <Image
                  src={campus.data.company.logoUrl}
                  alt={`${campus.data.company.name}Logo`}
                  width={48}
                  height={48}
                  fit="contain"
                />
              ) : null}
              <strong>{campus.data.company.name}</strong>
            </div>
            <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {campus.data.company.introduction || '暂无单位介绍'}
            </p>
          </SectionCard>
          <SectionCard id="campus-faqs" title={`常见问题（${campus.data.faqs.length}）`}>
            {campus.data.faqs.length ? (
              <dl className="m-faqs">
                {campus.data.faqs.map((faq) => (
                  <div key={faq.id} className="m-faq">
                    <dt>问：{faq.question}</dt>
                    <dd>答：{faq.answer}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="m-muted">暂无常见问题</p>
            )}
          </SectionCard>
          <SectionCard id="campus-brochures" title="招聘简章">
            {campus.data.brochures.length ? (
              <ul className="m-brochures m-brochures--plain" aria-label="招聘简章">
                {campus.data.brochures.map((brochure) => (
                  <li key={brochure.publicationId}>
                    <BrochureCard brochure={brochure} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="m-muted">暂无招聘简章</p>
            )}
          </SectionCard>
        </>
      )}
    </MobilePage>
  );
}
