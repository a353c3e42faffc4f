import type { InterviewSessionCandidate, NotifyOutcome } from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  List,
  Progress,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { notifyBatch, useInterviewSession, useRefreshHome } from './api';
import { AnswerCounts, sessionTime } from './SessionsPanel';

/** The console sends 5 notices per request, so the bar moves while the server works. */
const BATCH = 5;

const NOTIFY_COLOURS = { pending: 'default', sent: 'green', failed: 'red' } as const;
const ANSWER_COLOURS = { invited: 'blue', accepted: 'green', declined: 'orange', confirmed: 'cyan' } as const;
const OUTCOME = {
  sent: { colour: 'green', label: '已发送' },
  failed: { colour: 'red', label: '发送失败' },
  skipped: { colour: 'default', label: '已通知过' },
} as const;

type Run = { total: number; done: number; results: NotifyOutcome[]; running: boolean; error?: string };

const columns: TableColumnsType<InterviewSessionCandidate> = [
  { title: '姓名', key: 'name', render: (_, row) => row.candidate.name },
  { title: '应聘职位', key: 'job', render: (_, row) => row.job.title },
  { title: '学历', key: 'education', render: (_, row) => row.candidate.educationLabel ?? '未填写' },
  {
    title: '通知',
    key: 'notify',
    render: (_, row) => (
      <>
        <Tag color={NOTIFY_COLOURS[row.notifyState]}>{row.notifyStateLabel}</Tag>
        {row.notifyError && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {row.notifyError}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: '学生答复',
    key: 'answer',
    render: (_, row) =>
      row.answer ? <Tag color={ANSWER_COLOURS[row.answer]}>{row.answerLabel}</Tag> : <span>-</span>,
  },
  { title: '通知时间', key: 'notifiedAt', render: (_, row) => formatDateTime(row.notifiedAt) || '-' },
  {
    title: '操作',
    key: 'resume',
    render: (_, row) => <Link to={`/employer/resumes?application=${row.applicationId}`}>查看简历</Link>,
  },
];

/** One 面试安排: its details, each student's notice and answer, and 一键通知 with its progress. */
export function SessionDetailDrawer({ sessionId, onClose }: { sessionId?: string; onClose: () => void }) {
  const { message } = App.useApp();
  const session = useInterviewSession(sessionId);
  const refresh = useRefreshHome();
  const [run, setRun] = useState<Run>();
  useEffect(() => {
    if (sessionId) setRun(undefined);
  }, [sessionId]);

  const detail = session.data;
  const pending = detail?.candidates.filter((c) => c.notifyState === 'pending') ?? [];
  const failedBefore = detail?.candidates.filter((c) => c.notifyState === 'failed') ?? [];

  /** Notifies these candidates in batches: 一键通知 takes the pending ones, 重新通知 the failed ones. */
  const notifyAll = async (candidates: typeof pending) => {
    if (!detail || candidates.length === 0) return;
    const ids = candidates.map((c) => c.applicationId);
    let state: Run = { total: ids.length, done: 0, results: [], running: true };
    setRun(state);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      try {
        const answer = await notifyBatch(detail.id, batch);
        state = { ...state, done: state.done + batch.length, results: [...state.results, ...answer.results] };
      } catch (error) {
        state = { ...state, running: false, error: messageOf(error) };
        setRun(state);
        break;
      }
      setRun(state);
    }
    setRun({ ...state, running: false });
    const sent = state.results.filter((r) => r.outcome === 'sent').length;
    const failed = state.results.filter((r) => r.outcome === 'failed').length;
    if (!state.error) message.info(`通知完成：成功 ${sent} 人${failed > 0 ? `，失败 ${failed} 人` : ''}`);
    await refresh();
  };

  return (
    <Drawer
      title={detail?.title ?? '面试安排'}
      open={sessionId !== undefined}
      onClose={run?.running ? undefined : onClose}
      closable={!run?.running}
      maskClosable={!run?.running}
      width={1040}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          {failedBefore.length > 0 && (
            <Button disabled={run?.running} onClick={() => notifyAll(failedBefore)}>
              {`重新通知失败的求职者（${failedBefore.length}人）`}
            </Button>
          )}
          <Button
            type="primary"
            disabled={!detail || pending.length === 0 || run?.running}
            loading={run?.running}
            onClick={() => notifyAll(pending)}
          >
            {pending.length > 0 ? `一键通知（${pending.length}人）` : '已全部通知'}
          </Button>
        </Flex>
      }
    >
      {session.isError && <QueryError error={session.error} retry={() => void session.refetch()} />}
      {!detail ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              {
                key: 'mode',
                label: '面试方式',
                children: `${detail.modeLabel}${detail.university ? `（${detail.university.name}）` : ''}`,
              },
              { key: 'time', label: '面试时间', children: sessionTime(detail) },
              {
                key: 'location',
                label: detail.mode === 'offline' ? '面试地点' : '会议链接/房间',
                children: detail.location,
                span: 2,
              },
              { key: 'contact', label: '单位联系人', children: detail.contactName },
              { key: 'phone', label: '电话', children: detail.contactPhone },
              { key: 'note', label: '备注', children: detail.note || '无', span: 2 },
              {
                key: 'answers',
                label: '答复情况',
                children: <AnswerCounts counts={detail.counts} />,
                span: 2,
              },
            ]}
          />
          {run && (
            <section aria-label="通知进度">
              <Progress
                percent={Math.round((run.done / run.total) * 100)}
                status={run.error ? 'exception' : run.running ? 'active' : 'success'}
                format={() => `${run.done}/${run.total}`}
                aria-label="通知进度"
              />
              <div aria-live="polite">
                {run.error && <Alert type="error" showIcon message={`通知中断：${run.error}`} />}
                <List
                  size="small"
                  dataSource={run.results}
                  renderItem={(result) => (
                    <List.Item>
                      <span>{result.name}</span>
                      <span>
                        <Tag color={OUTCOME[result.outcome].colour}>{OUTCOME[result.outcome].label}</Tag>
                        {result.reason && <Typography.Text type="secondary">{result.reason}</Typography.Text>}
                      </span>
                    </List.Item>
                  )}
                />
              </div>
            </section>
          )}
          <Table
            rowKey="applicationId"
            size="small"
            columns={columns}
            dataSource={detail.candidates}
            pagination={false}
          />
        </Flex>
      )}
    </Drawer>
  );
}
