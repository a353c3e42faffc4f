import type { PublicBrochureSummary } from '@openrecruit/shared';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import './seeker-brochures.css';

/** One brochure in the students' lists: the company, the title, the first words and where it is shown. */
export function BrochureCard({ brochure }: { brochure: PublicBrochureSummary }) {
  return (
    <Link className="m-card m-brochure" to={`/m/campus/brochures/${brochure.publicationId}`}>
      <span className="m-brochure__head">
        {brochure.company.logoUrl ? (
          <img className="m-brochure__logo" src={brochure.company.logoUrl} alt="" />
        ) : (
          <span className="m-brochure__logo m-brochure__logo--empty" aria-hidden="true">
            {brochure.company.name.slice(0, 1)}
          </span>
        )}
        <span className="m-brochure__company">{brochure.company.name}</span>
      </span>
      <span className="m-brochure__title">{brochure.title}</span>
      {brochure.excerpt ? <span className="m-brochure__excerpt">{brochure.excerpt}</span> : null}
      <span className="m-brochure__meta">
        {brochure.university.name} · {formatDate(brochure.approvedAt)}发布
      </span>
    </Link>
  );
}
