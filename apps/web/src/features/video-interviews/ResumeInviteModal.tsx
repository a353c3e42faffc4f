import type { ResumeCandidate } from '@openrecruit/shared';
import { Button, Modal, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { useResumeCandidates } from './api';
import { InviteModal } from './InviteModal';
import { HALL_RELATION_LABELS } from './video-interview-labels';

const MARK_LABELS: Record<ResumeCandidate['mark'], string> = { suitable: '合适', undecided: '待定' };

/** 从简历管理邀请 (seed 002 三、方式三): 弹框显示全部有意向的简历，点击“邀请面试”. */
export function ResumeInviteModal({
  fairId,
  registrationId,
  room,
  onClose,
}: {
  fairId: string;
  registrationId: string;
  room: number;
  onClose: () => void;
}) {
  const candidates = useResumeCandidates(registrationId);
  const [inviting, setInviting] = useState<ResumeCandidate | null>(null);

  const columns: TableColumnsType<ResumeCandidate> = [
    { title: '姓名', dataIndex: 'displayName', key: 'name', width: 90 },
    { title: '学校', dataIndex: 'school', key: 'school', width: 150 },
    { title: '专业', dataIndex: 'major', key: 'major', width: 130 },
    { title: '应聘职位', dataIndex: ['job', 'title'], key: 'job' },
    {
      title: '标记',
      key: 'mark',
      width: 70,
      render: (_, c) => <Tag color={c.mark === 'suitable' ? 'green' : 'gold'}>{MARK_LABELS[c.mark]}</Tag>,
    },
    {
      title: '操作',
      key: 'action',
      width: 110,
      render: (_, c) =>
        c.relation === 'none' || c.relation === 'interviewed' ? (
          <Button type="link" onClick={() => setInviting(c)} aria-label={`邀请面试：${c.displayName}`}>
            邀请面试
          </Button>
        ) : (
          <Tag color="processing">{HALL_RELATION_LABELS[c.relation]}</Tag>
        ),
    },
  ];

  return (
    <Modal open title="从简历管理邀请" footer={null} width={860} onCancel={onClose} destroyOnHidden>
      <p className="vi-intro">
        简历管理中标记为“合适”或“待定”的有意向简历。未报名本场双选会的学生接受邀请后将自动报名。
      </p>
      <Table<ResumeCandidate>
        rowKey="applicationId"
        size="small"
        columns={columns}
        dataSource={candidates.data?.items ?? []}
        loading={candidates.isPending}
        pagination={false}
        scroll={{ y: 420 }}
        locale={{ emptyText: candidates.isError ? messageOf(candidates.error) : '暂无有意向的简历' }}
      />
      {inviting ? (
        <InviteModal
          fairId={fairId}
          student={{ seekerAccountId: inviting.seekerAccountId, name: inviting.displayName }}
          origin="resumes"
          defaultRegistrationId={registrationId}
          defaultRoom={room}
          defaultJobId={inviting.job.id}
          onClose={() => setInviting(null)}
        />
      ) : null}
    </Modal>
  );
}
