import { type ApplicationRecord, type Message, SendMessageInput } from '@openrecruit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, TextArea, Toast } from 'antd-mobile';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { formatLongDateTime, formatMessageTime } from '../../lib/format';
import { useSignedInSession } from '../../lib/session';
import type { JobLinkState } from '../jobs/JobCard';
import {
  applicationsApi,
  refreshApplications,
  useAnswerInterview,
  useConversation,
  useRefreshReadState,
  useSendMessage,
} from './api';
import { stateTone } from './application-state';
import './applications.css';

/**
 * Seed 000 §六.2-5: the 通知 dialogue with the employer (employer on the left, the seeker on the
 * right), 参加面试 / 不参加面试 on an interview notice, and the confirmed interview's details.
 */
export function ConversationPage() {
  const { id = '' } = useParams();
  const conversation = useConversation(id);
  const refreshReadState = useRefreshReadState();

  // Reading the conversation marks its replies read: the badges of the lists follow.
  useEffect(() => {
    if (!conversation.dataUpdatedAt) return;
    refreshReadState();
  }, [conversation.dataUpdatedAt, refreshReadState]);

  const data = conversation.data;
  return (
    <MobilePage
      title="通知"
      back={{ to: '/m/applications', label: '我的应聘', history: true }}
      footer={data ? <Composer applicationId={id} /> : null}
    >
      {conversation.isPending ? (
        <LoadingBlock />
      ) : conversation.isError ? (
        <LoadFailed error={conversation.error} retry={() => void conversation.refetch()} />
      ) : (
        <>
          <JobSummary record={conversation.data.application} />
          <InterviewPanel record={conversation.data.application} />
          <Thread
            messages={conversation.data.messages}
            companyName={conversation.data.application.job.companyName}
            scrollOnOpen={conversation.data.application.interview?.state !== 'invited'}
          />
        </>
      )}
    </MobilePage>
  );
}

function JobSummary({ record }: { record: ApplicationRecord }) {
  const location = useLocation();
  const state: JobLinkState = { from: { label: '通知', path: location.pathname } };
  return (
    <section className="m-thread-job" aria-label="应聘岗位">
      <h2 className="m-thread-job__title">
        <Link to={`/m/jobs/${record.job.id}`} state={state}>
          {record.job.title}
        </Link>
        <span className={`m-tag m-tag--${stateTone(record)}`}>{record.stateLabel}</span>
      </h2>
      <p className="m-thread-job__company">{record.job.companyName}</p>
    </section>
  );
}

function InterviewPanel({ record }: { record: ApplicationRecord }) {
  const queryClient = useQueryClient();
  const answer = useAnswerInterview(record.id);
  const interview = record.interview;
  if (!interview) return null;

  const send = (attend: boolean) =>
    answer.mutate(attend, {
      onSuccess: async () => {
        await refreshApplications(queryClient);
        Toast.show({
          content: attend ? '已确认参加面试，请等待单位确认面试详情' : '已选择不参加面试，该应聘记录已作废',
          icon: 'success',
        });
      },
      onError: async (error) => {
        Toast.show({ content: messageOf(error), icon: 'fail' });
        await refreshApplications(queryClient);
      },
    });

  const decline = async () => {
    const confirmed = await Dialog.confirm({
      title: '不参加面试',
      content: (
        <p className="m-dialog-text">
          选择“不参加面试”即视为放弃该岗位，该条应聘记录将作废（可在“当前应聘记录”中撤销）。确定不参加面试吗？
        </p>
      ),
      confirmText: '不参加面试',
      cancelText: '再想想',
    });
    if (confirmed) send(false);
  };

  if (interview.state === 'confirmed' && interview.details) {
    const details = interview.details;
    return (
      <section className="m-interview m-interview--confirmed" aria-labelledby="interview-title">
        <h2 id="interview-title" className="m-interview__title">
          面试通知
          <span className="m-tag m-tag--success">单位已确认</span>
        </h2>
        <dl className="m-facts">
          <dt>面试时间</dt>
          <dd>{formatLongDateTime(details.time)}</dd>
          <dt>面试地点</dt>
          <dd>{details.location}</dd>
          <dt>单位联系人</dt>
          <dd>{details.contactName}</dd>
          <dt>电话</dt>
          <dd>
            <a href={`tel:${details.contactPhone.replace(/[^\d+]/g, '')}`}>{details.contactPhone}</a>
          </dd>
          <dt>备注</dt>
          <dd>{details.note || '无'}</dd>
        </dl>
        <a
          className="m-calendar-link"
          href={applicationsApi.interviewCalendarUrl(record.id)}
          download="interview.ics"
        >
          <CalendarIcon />
          添加到日历
        </a>
      </section>
    );
  }

  if (interview.state === 'invited') {
    return (
      <section className="m-interview" aria-labelledby="interview-title">
        <h2 id="interview-title" className="m-interview__title">
          面试通知
          {record.hasNewInterviewNotice ? <span className="m-tag m-tag--new">NEW</span> : null}
        </h2>
        <p className="m-interview__text">{interview.invitation}</p>
        <div className="m-interview__actions">
          <Button color="primary" loading={answer.isPending && answer.variables} onClick={() => send(true)}>
            参加面试
          </Button>
          <Button
            color="danger"
            fill="outline"
            loading={answer.isPending && !answer.variables}
            onClick={() => void decline()}
          >
            不参加面试
          </Button>
        </div>
      </section>
    );
  }

  const closed = interview.state === 'declined';
  return (
    <section
      className={`m-interview${closed ? ' m-interview--closed' : ''}`}
      aria-labelledby="interview-title"
    >
      <h2 id="interview-title" className="m-interview__title">
        面试通知
      </h2>
      <p className="m-interview__text">{interview.invitation}</p>
      <p className="m-interview__text">
        <strong>
          {closed
            ? '您已选择不参加面试，该应聘记录已作废，可在“当前应聘记录”中撤销。'
            : '您已确认参加面试，请等待单位确认面试时间和地点。'}
        </strong>
      </p>
    </section>
  );
}

const KIND_LABELS: Partial<Record<Message['kind'], string>> = {
  interview_notice: '面试通知',
  interview_answer: '面试回复',
  interview_confirmation: '面试确认',
};

function Thread({
  messages,
  companyName,
  scrollOnOpen,
}: {
  messages: Message[];
  companyName: string;
  /** False while an interview notice at the top awaits an answer: open on it rather than the newest message. */
  scrollOnOpen: boolean;
}) {
  const { account } = useSignedInSession('seeker');
  const last = messages.at(-1);
  const opened = useRef(false);
  // On opening and when a message arrives: a text brings the newest message (and the reply box)
  // into view; an interview notice or confirmation brings the interview card at the top instead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when a new message arrives
  useEffect(() => {
    const toInterview = opened.current ? last !== undefined && last.kind !== 'text' : !scrollOnOpen;
    window.scrollTo({ top: toInterview ? 0 : document.documentElement.scrollHeight });
    opened.current = true;
  }, [last?.id]);

  if (messages.length === 0) {
    return <p className="m-hint">暂无回复。用人单位回复后，会在这里以通知的方式显示。</p>;
  }
  const companyMark = Array.from(companyName.replace(/^(上海|中国)/, ''))[0] ?? '单';
  const myMark = account.surname ?? Array.from(account.displayName)[0] ?? '我';
  return (
    <ol className="m-thread" aria-label="消息记录">
      {messages.map((message) => (
        <li key={message.id} className={`m-msg m-msg--${message.from}`}>
          {message.from === 'system' ? null : (
            <span className="m-msg__avatar" aria-hidden="true">
              {message.from === 'employer' ? companyMark : myMark}
            </span>
          )}
          <div className="m-msg__body">
            <span className="visually-hidden">
              {message.from === 'employer'
                ? `${companyName}${message.senderName ? ` ${message.senderName}` : ''}：`
                : message.from === 'seeker'
                  ? '我：'
                  : '系统消息：'}
            </span>
            {message.from === 'employer' && message.senderName ? (
              <span className="m-msg__sender" aria-hidden="true">
                {message.senderName}
              </span>
            ) : null}
            <p className="m-msg__bubble">
              {KIND_LABELS[message.kind] ? (
                <span className="m-msg__kind">{KIND_LABELS[message.kind]}</span>
              ) : null}
              {message.body}
            </p>
            <time className="m-msg__time" dateTime={message.createdAt}>
              {formatMessageTime(message.createdAt)}
            </time>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Composer({ applicationId }: { applicationId: string }) {
  const [body, setBody] = useState('');
  const fieldId = useId();
  const send = useSendMessage(applicationId);
  const parsed = SendMessageInput.safeParse({ body });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.success) {
      Toast.show({ content: parsed.error.issues[0]?.message ?? '请输入回复内容' });
      return;
    }
    send.mutate(parsed.data.body, {
      onSuccess: () => setBody(''),
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  };

  return (
    <form className="m-composer" onSubmit={submit}>
      <label htmlFor={fieldId} className="visually-hidden">
        回复内容
      </label>
      <div className="m-composer__field">
        <TextArea
          id={fieldId}
          value={body}
          onChange={setBody}
          placeholder="点击输入回复内容"
          rows={1}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
        />
      </div>
      <Button type="submit" color="primary" loading={send.isPending} disabled={body.trim() === ''}>
        发送
      </Button>
    </form>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <rect
        x="3.5"
        y="5"
        width="17"
        height="15.5"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
      <path d="M3.5 10h17M8 3v4M16 3v4M12 13v5M9.5 15.5h5" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
