import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { useDocumentTitle } from '../../components/mobile/MobilePage';
import { useSignedInSession } from '../../lib/session';
import { seekerApi, seekerKeys } from './api';
import { ResumeEditor } from './ResumeEditor';
import './resume-edit.css';

/**
 * Seed 000 §二.2: the resume is edited on a PC. A desktop page inside the seeker app: education,
 * work, skills, certificates, job intention, self-introduction and 允许推荐, checked with the shared
 * UpdateResumeInput schema and saved with PUT /api/seeker/resume.
 */
export function ResumeEditPage() {
  useDocumentTitle('编辑简历');
  const { account } = useSignedInSession('seeker');
  const resume = useQuery({ queryKey: seekerKeys.resume, queryFn: seekerApi.resume });
  return (
    <div className="pc-resume">
      <header className="pc-resume__top">
        <div className="pc-resume__top-inner">
          <Link to="/m" className="pc-resume__brand">
            开放招聘 <span>个人求职</span>
          </Link>
          <h1 className="pc-resume__heading">编辑简历</h1>
          <span className="pc-resume__account">{account.displayName}</span>
          <Link to="/m/resume" className="pc-resume__back">
            返回我的简历
          </Link>
        </div>
      </header>
      {resume.isPending ? (
        <LoadingBlock />
      ) : resume.isError ? (
        <LoadFailed error={resume.error} retry={() => void resume.refetch()} />
      ) : (
        // A new save (updatedAt) starts the editor afresh from the saved resume.
        <ResumeEditor key={resume.data.updatedAt ?? 'new'} resume={resume.data} />
      )}
    </div>
  );
}
