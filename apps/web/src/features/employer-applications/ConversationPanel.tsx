import type { EmployerThread, Message } from '@openrecruit/shared';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime, formatLongDateTime, fromPickerValue, shanghaiNow } from '../../lib/format';
import { useConfirmInterview, useSendInterviewNotice, useSendMessage, useThread } from './api';

const KIND_LABELS: Record<Message['kind'], string | undefined> = {
  text: undefined,
  interview_notice: '面试通知',
  interview_answer: '面试答复',
  interview_confirmation: '面试确认',
};

function MessageItem({ message, seekerName }: { message: Message; seekerName: string }) {
  const mine = message.from === 'employer';
  const kind = KIND_LABELS[message.kind];
  const answer =
    message.kind === 'interview_answer' ? (message.body === '参加面试' ? 'success' : 'error') : undefined;
  return (
    <li className={`resume-thread__item${mine ? ' resume-thread__item--mine' : ''}`}>
      <div className="resume-thread__meta">
        <span>{mine ? '我方' : seekerName}</span>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        {kind ? <Tag color={message.kind === 'interview_answer' ? undefined : 'blue'}>{kind}</Tag> : null}
      </div>
      <div className="resume-thread__bubble">
        {answer ? (
          <Tag color={answer} style={{ fontSize: 14, padding: '2px 10px', margin: 0 }}>
            {message.body}
          </Tag>
        ) : (
          message.body
        )}
      </div>
    </li>
  );
}

/** The state of the interview round in words, with what the employer can do next. */
function InterviewStatus({ thread }: { thread: EmployerThread }) {
  const { application, interview } = thread;
  if (application.withdrawn) {
    return <Alert type="warning" showIcon title="求职者已撤销该应聘，仍可向其发送回复。" />;
  }
  if (!interview) return null;
  switch (interview.state) {
    case 'invited':
      return <Alert type="info" showIcon title="已发送面试通知，等待求职者选择“参加面试”或“不参加面试”。" />;
    case 'accepted':
      return <Alert type="success" showIcon title="求职者选择了“参加面试”，请在下方确认面试安排。" />;
    case 'declined':
      return <Alert type="error" showIcon title="求职者选择了“不参加面试”，该应聘记录已作废。" />;
    case 'confirmed':
      return interview.details ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          title="已确认的面试安排"
          items={[
            { key: 'time', label: '面试时间', children: formatLongDateTime(interview.details.time) },
            { key: 'location', label: '面试地点', children: interview.details.location },
            { key: 'contact', label: '单位联系人', children: interview.details.contactName },
            { key: 'phone', label: '电话', children: interview.details.contactPhone },
            { key: 'note', label: '备注', children: interview.details.note || '无' },
          ]}
        />
      ) : null;
  }
}

function ReplyForm({ applicationId }: { applicationId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendMessage();
  const submit = ({ body }: { body: string }) =>
    send.mutate(
      { id: applicationId, body },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['body'])) message.error(messageOf(error));
        },
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="body"
        label="回复内容"
        rules={[{ required: true, whitespace: true, message: '请输入回复内容' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder="输入回复内容，求职者将在“通知”中看到"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        发送
      </Button>
    </Form>
  );
}

function noticeTemplate(thread: EmployerThread) {
  const { seeker, job } = thread.application;
  return `${seeker.name}您好！您应聘的“${job.title}”岗位已通过初步筛选，诚邀您参加面试。请选择是否参加面试，确认后我们将发送面试时间和地点。`;
}

function InterviewNoticeForm({ thread, onDone }: { thread: EmployerThread; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendInterviewNotice();
  // mutateAsync, not mutate's callbacks: the live refetch may replace this form before the reply
  // arrives, and the person must still be told the outcome.
  const submit = async ({ body }: { body: string }) => {
    try {
      await send.mutateAsync({ id: thread.application.id, body });
    } catch (error) {
      if (!applyFieldErrors(form, error, ['body'])) message.error(messageOf(error));
      return;
    }
    message.success('面试通知已发送');
    onDone();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ body: noticeTemplate(thread) }}
      requiredMark={false}
      className="resume-thread__form"
    >
      <Form.Item
        name="body"
        label="面试通知内容"
        rules={[{ required: true, whitespace: true, message: '请填写面试通知内容' }]}
        extra="求职者收到后可选择“参加面试”或“不参加面试”；选择参加后再确认面试时间和地点。"
      >
        <Input.TextArea rows={4} maxLength={1000} showCount />
      </Form.Item>
      <div className="resume-thread__actions">
        <Button onClick={onDone}>取消</Button>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          发送面试通知
        </Button>
      </div>
    </Form>
  );
}

interface ConfirmValues {
  time: Dayjs;
  location: string;
  contactName: string;
  contactPhone: string;
  note?: string;
}

const CONFIRM_FIELDS = ['time', 'location', 'contactName', 'contactPhone', 'note'] as const;

/** 确认面试 (seed 000 §六.4): 面试时间, 面试地点, 单位联系人, 电话, 备注. */
function ConfirmInterviewForm({ applicationId }: { applicationId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ConfirmValues>();
  const confirm = useConfirmInterview();
  // mutateAsync, not mutate's callbacks: once confirmed, the live refetch removes this form, often
  // before the reply arrives, and the success message must still show.
  const submit = async (values: ConfirmValues) => {
    try {
      await confirm.mutateAsync({
        id: applicationId,
        details: {
          // The picker shows Shanghai wall-clock time, whatever the browser's zone.
          time: fromPickerValue(values.time),
          location: values.location,
          contactName: values.contactName,
          contactPhone: values.contactPhone,
          note: values.note ?? '',
        },
      });
    } catch (error) {
      if (!applyFieldErrors(form, error, CONFIRM_FIELDS)) message.error(messageOf(error));
      return;
    }
    message.success('面试已确认，求职者将收到详细的面试通知');
  };
  return (
    <Form<ConfirmValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      className="resume-thread__form"
      aria-label="确认面试"
    >
      <h3 className="resume-section-title">确认面试</h3>
      <Form.Item name="time" label="面试时间" rules={[{ required: true, message: '请选择面试时间' }]}>
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isBefore(shanghaiNow().startOf('day'))}
          style={{ width: '100%' }}
          placeholder="请选择面试时间"
        />
      </Form.Item>
      <Form.Item
        name="location"
        label="面试地点"
        rules={[{ required: true, whitespace: true, message: '请填写面试地点' }]}
      >
        <Input maxLength={200} placeholder="如：上海市浦东新区张江路88号3楼" />
      </Form.Item>
      <Form.Item
        name="contactName"
        label="单位联系人"
        rules={[{ required: true, whitespace: true, message: '请填写单位联系人' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label="电话"
        rules={[{ required: true, whitespace: true, message: '请填写联系电话' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} showCount placeholder="如：请携带身份证和学历证书" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={confirm.isPending}>
        确认面试
      </Button>
    </Form>
  );
}

/**
 * The employer's side of the seeker's 通知 dialog (seed 000 §六) for one application: the thread,
 * the seeker's 参加面试 / 不参加面试, 回复, 发送面试通知 and 确认面试. Used by 简历管理's drawer and
 * meant for 面试安排 too (give it `key={applicationId}` when it switches between applications).
 * Opening it clears the unread count of the seeker's messages.
 */
export function ConversationPanel({ applicationId }: { applicationId: string }) {
  const thread = useThread(applicationId);
  const [writingNotice, setWritingNotice] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const count = thread.data?.messages.length ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the newest message when one arrives
  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [count]);

  return (
    <QueryState query={thread} loading="spin">
      {(data) => (
        <section className="resume-thread" aria-label="沟通记录">
          <InterviewStatus thread={data} />
          {data.messages.length === 0 ? (
            <p className="resume-thread__empty">暂无沟通记录，可在下方回复求职者或发送面试通知。</p>
          ) : (
            <ol className="resume-thread__list" ref={list}>
              {data.messages.map((item) => (
                <MessageItem key={item.id} message={item} seekerName={data.application.seeker.name} />
              ))}
            </ol>
          )}
          {data.canConfirmInterview ? <ConfirmInterviewForm applicationId={applicationId} /> : null}
          {writingNotice ? (
            <InterviewNoticeForm thread={data} onDone={() => setWritingNotice(false)} />
          ) : data.canSendInterviewNotice ? (
            <Button onClick={() => setWritingNotice(true)} style={{ marginBottom: 16 }}>
              发送面试通知
            </Button>
          ) : null}
          <ReplyForm applicationId={applicationId} />
        </section>
      )}
    </QueryState>
  );
}
