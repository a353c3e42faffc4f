import type { SeekerInvitation } from '@openrecruit/shared';
import { Button, Dialog, ErrorBlock, Tag, Toast } from 'antd-mobile';
import { Link } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { rowsOf } from '../../lib/paging';
import { useAnswerInvitation, useSeekerInvitations } from './api';
import './invitations.css';

const STATE_COLOURS = { pending: 'warning', accepted: 'success', declined: 'default' } as const;

/**
 * 我的邀约 (seed 002 高校人才邀约): companies' invitations to apply, answered with 接受邀约 or 拒绝; the
 * next page loads as the list scrolls (issue 9).
 */
export function InvitationsPage() {
  const invitations = useSeekerInvitations();
  const items = rowsOf(invitations.data?.pages);
  const pendingCount = invitations.data?.pages[0]?.pendingCount ?? 0;
  return (
    <MobilePage title="我的邀约" back={{ to: '/m/user', label: '用户页面', history: true }}>
      {invitations.isPending ? (
        <LoadingBlock />
      ) : invitations.isError ? (
        <LoadFailed error={invitations.error} retry={() => void invitations.refetch()} />
      ) : items.length === 0 ? (
        <ErrorBlock
          status="empty"
          title="暂无邀约"
          description="在“我的简历”中允许推荐简历后，用人单位可以向您发出应聘邀约"
        />
      ) : (
        <>
          <p className="m-invitations-count" role="status">
            {pendingCount > 0 ? `${pendingCount}条邀约待确认` : '邀约均已答复'}
          </p>
          <ul className="m-invitations" aria-label="邀约列表">
            {items.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} />
            ))}
          </ul>
          <LoadMore query={invitations} noun="邀约" />
        </>
      )}
    </MobilePage>
  );
}

function InvitationItem({ invitation }: { invitation: SeekerInvitation }) {
  const answer = useAnswerInvitation();
  const { job } = invitation;

  const onAnswer = async (verb: 'accept' | 'decline') => {
    const accept = verb === 'accept';
    const confirmed = await Dialog.confirm({
      title: accept ? '接受邀约' : '拒绝邀约',
      content: (
        <p className="m-dialog-text">
          {accept
            ? `接受后将向${invitation.company.name}投递“${job.title}”岗位，不占用您的应聘名额。`
            : `确定拒绝${invitation.company.name}“${job.title}”岗位的邀约吗？`}
        </p>
      ),
      confirmText: accept ? '接受邀约' : '拒绝',
      cancelText: '取消',
    });
    if (!confirmed) return;
    answer.mutate(
      { id: invitation.id, answer: verb },
      {
        onSuccess: () =>
          Toast.show({
            content: accept ? '已接受邀约，可在“我的应聘”中查看' : '已拒绝邀约',
            icon: 'success',
          }),
        onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
      },
    );
  };

  return (
    <li className="m-invitation">
      <div className="m-invitation__head">
        <Link className="m-invitation__job" to={`/m/jobs/${job.id}`}>
          {job.title}
        </Link>
        <Tag color={STATE_COLOURS[invitation.state]} fill="outline">
          {invitation.stateLabel}
        </Tag>
      </div>
      <p className="m-invitation__company">{invitation.company.name}</p>
      <p className="m-invitation__salary">
        {job.salaryMin}-{job.salaryMax}元/月{job.recruiting ? '' : ' · 该岗位已停止招聘'}
      </p>
      {invitation.message ? <p className="m-invitation__message">“{invitation.message}”</p> : null}
      <p className="m-invitation__date">
        邀约时间：{formatDate(invitation.createdAt)}
        {invitation.answeredAt ? `　答复时间：${formatDate(invitation.answeredAt)}` : ''}
      </p>
      {invitation.state === 'pending' ? (
        <div className="m-invitation__actions">
          <Button
            size="small"
            onClick={() => void onAnswer('decline')}
            disabled={answer.isPending}
            aria-label={`拒绝：${invitation.company.name} ${job.title}`}
          >
            拒绝
          </Button>
          <Button
            size="small"
            color="primary"
            onClick={() => void onAnswer('accept')}
            loading={answer.isPending}
            disabled={!job.recruiting}
            aria-label={`接受邀约：${invitation.company.name} ${job.title}`}
          >
            接受邀约
          </Button>
        </div>
      ) : invitation.state === 'accepted' ? (
        <Link className="m-invitation__record" to="/m/applications">
          查看应聘记录 ›
        </Link>
      ) : null}
    </li>
  );
}
