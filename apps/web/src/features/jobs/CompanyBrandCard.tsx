import {
  COMPANY_NATURES,
  COMPANY_SCALES,
  INDUSTRIES,
  labelOf,
  type PublicJobDetail,
} from '@openrecruit/shared';
import { ImageViewer, Swiper } from 'antd-mobile';
import { Fragment } from 'react';
import { SectionCard } from '../../components/mobile/SectionCard';
import './company-brand.css';

type Company = PublicJobDetail['company'];

/** 单位信息 on a job page with the employer's 雇主品牌 (公司设置, seed 002): logo, 福利标签, 单位介绍, photos. */
export function CompanyBrandCard({ company }: { company: Company }) {
  const facts: Array<[string, string | null | undefined]> = [
    ['单位性质', labelOf(COMPANY_NATURES, company.nature) ?? company.nature],
    ['所属行业', labelOf(INDUSTRIES, company.industry) ?? company.industry],
    ['单位规模', labelOf(COMPANY_SCALES, company.scale)],
    ['单位地址', company.address],
    ['单位网址', company.website],
  ];
  const photoUrls = company.photos.map((photo) => photo.url);
  const showPhoto = (index: number) => ImageViewer.Multi.show({ images: photoUrls, defaultIndex: index });

  return (
    <SectionCard id="job-company" title="单位信息">
      <div className="m-company-head">
        {company.logoUrl ? (
          <img className="m-company-logo" src={company.logoUrl} alt={`${company.name}的Logo`} />
        ) : (
          <span className="m-company-logo m-company-logo--empty" aria-hidden="true">
            {Array.from(company.shortName ?? company.name)[0]}
          </span>
        )}
        <div>
          <p className="m-company-head__name">{company.name}</p>
          {company.shortName ? <p className="m-company-head__short">{company.shortName}</p> : null}
        </div>
      </div>
      {company.benefitTags.length ? (
        <ul className="m-benefit-tags" aria-label="福利标签">
          {company.benefitTags.map((tag) => (
            <li key={tag} className="m-tag m-tag--primary">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="m-facts">
        {facts.map(([label, value]) =>
          value ? (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      {company.introduction ? (
        <>
          <h3 className="m-company-subtitle">单位介绍</h3>
          <p className="m-text-block">{company.introduction}</p>
        </>
      ) : null}
      {photoUrls.length ? (
        <>
          <h3 className="m-company-subtitle">单位照片</h3>
          <Swiper
            className="m-company-photos"
            indicatorProps={{ color: 'white' }}
            loop={photoUrls.length > 1}
          >
            {photoUrls.map((url, index) => (
              <Swiper.Item key={url}>
                <button
                  type="button"
                  className="m-company-photo"
                  onClick={() => showPhoto(index)}
                  aria-label={`查看单位照片${index + 1}（共${photoUrls.length}张）`}
                >
                  <img src={url} alt={`单位照片${index + 1}`} loading="lazy" />
                </button>
              </Swiper.Item>
            ))}
          </Swiper>
        </>
      ) : null}
    </SectionCard>
  );
}
