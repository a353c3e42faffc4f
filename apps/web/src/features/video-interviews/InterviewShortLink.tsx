import { Navigate, useParams } from 'react-router';
import { MY_INTERVIEWS_PATH, seekerInterviewPath } from './video-interview-paths';

/** /m/video-interviews[/:id], the notifications' links: the pages live under 校园. */
export function InterviewShortLink() {
  const { id } = useParams();
  return <Navigate to={id ? seekerInterviewPath(id) : MY_INTERVIEWS_PATH} replace />;
}
