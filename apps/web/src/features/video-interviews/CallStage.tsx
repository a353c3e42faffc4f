import type { EmployerVideoInterview, VideoInterviewRoom } from '@openrecruit/shared';
import { Alert, App, Button, Popconfirm, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../lib/api';
import { useCall } from '../../lib/media';
import { useInterviewAction, useReportMedium, useStartNext } from './api';
import { TextInterview } from './TextInterview';
import { useLocalMedia } from './use-local-media';
import { secondsUntil } from './use-server-clock';
import { VideoTile } from './VideoTile';
import { CALL_STATE_LABELS, clock, MEDIUM_LABELS } from './video-interview-labels';

const CALL_STATE_COLOURS = {
  idle: 'default',
  connecting: 'processing',
  connected: 'success',
  reconnecting: 'warning',
  failed: 'error',
} as const;

/**
 * The middle of the 面试间: 开始面试 when nobody is called; 呼叫中… until the student joins (the
 * no-show countdown, 跳过); then the call or the text interview with the slot timer, and 结束面试.
 */
export function CallStage({
  view,
  next,
  now,
  deviceTested,
  onNeedDeviceTest,
  onEnded,
}: {
  view: VideoInterviewRoom;
  /** The first present student of the queue (开始面试 passes over those away). */
  next: EmployerVideoInterview | undefined;
  now: number;
  deviceTested: boolean;
  onNeedDeviceTest: () => void;
  onEnded: (interview: EmployerVideoInterview) => void;
}) {
  const { message } = App.useApp();
  const startNext = useStartNext(view.registrationId, view.room);
  const current = view.current;

  if (!current) {
    const start = () => {
      if (!deviceTested && view.mode === 'video') return onNeedDeviceTest();
      startNext.mutate(undefined, { onError: (error) => message.error(messageOf(error)) });
    };
    return (
      <div className="vi-stage vi-stage--idle">
        <p className="vi-stage__hint">
          {next
            ? `下一位：${next.student.displayName}（排队 ${view.queueLength} 人，在线 ${view.presentInQueue} 人）`
            : view.queueLength > 0
              ? `排队的 ${view.queueLength} 人暂时都不在线，有人回到排队页面后即可开始`
              : '暂无排队的求职者，可从人才大厅或简历管理邀请'}
        </p>
        <Button
          type="primary"
          size="large"
          disabled={view.presentInQueue === 0 || !view.canHost}
          loading={startNext.isPending}
          onClick={start}
        >
          开始面试
        </Button>
        <p className="vi-muted">
          {view.canHost ? '' : '您不是本面试间的面试官，只能查看。'}每场面试时长 {view.slotMinutes}{' '}
          分钟，结束前1分钟提醒
        </p>
      </div>
    );
  }
  return <LiveInterview key={current.id} view={view} interview={current} now={now} onEnded={onEnded} />;
}

function LiveInterview({
  view,
  interview,
  now,
  onEnded,
}: {
  view: VideoInterviewRoom;
  interview: EmployerVideoInterview;
  now: number;
  onEnded: (interview: EmployerVideoInterview) => void;
}) {
  const { message, notification } = App.useApp();
  const [textChosen, setTextChosen] = useState(false);
  const textMode = view.mode === 'text' || textChosen || interview.medium === 'text';
  const local = useLocalMedia(!textMode);
  const call = useCall({
    area: 'employer',
    kind: 'interview',
    sessionId: interview.id,
    localStream: local.stream,
    enabled: !textMode && local.stream !== null,
  });
  const ref = { side: 'employer', registrationId: view.registrationId, interviewId: interview.id } as const;
  const action = useInterviewAction(view.registrationId);
  const report = useReportMedium(ref);
  const reported = useRef<string | null>(null);
  const warned = useRef(false);

  // The medium the call actually runs on, reported once per change (视频 → 仅语音 → 文字).
  const medium = textMode
    ? 'text'
    : call.state === 'connected'
      ? call.medium === 'none'
        ? null
        : call.medium
      : null;
  useEffect(() => {
    if (!medium || reported.current === medium) return;
    reported.current = medium;
    report.mutate(medium);
  }, [medium, report]);

  const remaining = secondsUntil(interview.slotEndsAt, now);
  useEffect(() => {
    if (remaining !== null && remaining <= 60 && remaining > 0 && !warned.current) {
      warned.current = true;
      notification.warning({
        title: '面试即将结束',
        description: `与${interview.student.displayName}的面试还剩1分钟，请准备结束面试并评价。`,
        duration: 10,
      });
    }
  }, [remaining, notification, interview.student.displayName]);

  const joined = interview.joinedAt !== null || call.state === 'connected';
  const noShow = secondsUntil(interview.joinBy, now);

  // mutateAsync: the room refetches on the event and unmounts this call before mutate's own
  // callbacks would run; the promise still settles, and the evaluation opens in the room.
  const finish = () =>
    action.mutateAsync({ interviewId: interview.id, action: 'end' }).then(
      () => {
        call.hangUp();
        onEnded(interview);
      },
      (error: unknown) => message.error(messageOf(error)),
    );

  return (
    <div className="vi-stage">
      <div className="vi-stage__bar">
        <Space wrap>
          <strong className="vi-stage__name">{interview.student.displayName}</strong>
          <span className="vi-muted">{interview.job?.title ?? '未指定职位'}</span>
          {textMode ? null : (
            <Tag
              color={CALL_STATE_COLOURS[call.state]}
              aria-label={`连接状态：${CALL_STATE_LABELS[call.state]}`}
            >
              {CALL_STATE_LABELS[call.state]}
            </Tag>
          )}
          <Tag aria-label="面试方式">{MEDIUM_LABELS[textMode ? 'text' : call.medium]}</Tag>
        </Space>
        <span
          className={remaining !== null && remaining <= 60 ? 'vi-timer vi-timer--warn' : 'vi-timer'}
          role="timer"
          aria-label="本场剩余时间"
        >
          {remaining === null ? '' : remaining > 0 ? `剩余 ${clock(remaining)}` : '已到时'}
        </span>
      </div>
      {remaining !== null && remaining <= 60 ? (
        <Alert
          type={remaining > 0 ? 'warning' : 'error'}
          showIcon
          title={remaining > 0 ? '本场面试还剩不到1分钟，请准备结束并评价' : '本场面试时间已到，请结束面试'}
        />
      ) : null}
      {!joined ? (
        <div className="vi-calling" role="status">
          <p className="vi-calling__text">呼叫中… 等待{interview.student.displayName}进入</p>
          {noShow !== null ? (
            <p className="vi-muted">{noShow > 0 ? `${clock(noShow)} 后未进入将自动跳过` : '即将跳过'}</p>
          ) : null}
          <Popconfirm
            title="跳过"
            description={`跳过${interview.student.displayName}，呼叫下一位？`}
            okText="跳过"
            cancelText="取消"
            onConfirm={() =>
              action.mutate(
                { interviewId: interview.id, action: 'skip' },
                { onError: (error) => message.error(messageOf(error)) },
              )
            }
          >
            <Button>跳过</Button>
          </Popconfirm>
        </div>
      ) : null}
      {textMode ? (
        <TextInterview interview={ref} />
      ) : (
        <div className="vi-videos">
          <VideoTile
            stream={call.remoteStream}
            label={`${interview.student.displayName}的画面`}
            className="vi-tile--remote"
          />
          <VideoTile stream={local.stream} self label="我的画面" className="vi-tile--self" />
        </div>
      )}
      {call.state === 'failed' && !textMode ? (
        <Alert
          type="error"
          showIcon
          title="音视频连接失败"
          description="可能是网络或防火墙限制。可改用文字沟通继续面试。"
          action={<Button onClick={() => setTextChosen(true)}>改用文字沟通</Button>}
        />
      ) : null}
      {local.failed && !textMode ? (
        <Alert
          type="warning"
          showIcon
          title="无法打开摄像头和麦克风"
          description="请检查浏览器权限，或改用文字沟通。"
          action={<Button onClick={() => setTextChosen(true)}>改用文字沟通</Button>}
        />
      ) : null}
      <div className="vi-stage__controls">
        {textMode ? null : (
          <>
            <Button onClick={local.toggleMic} aria-pressed={!local.micOn} disabled={!local.stream}>
              {local.micOn ? '静音' : '取消静音'}
            </Button>
            <Button onClick={local.toggleCamera} aria-pressed={!local.cameraOn} disabled={!local.hasCamera}>
              {local.cameraOn ? '关闭摄像头' : '开启摄像头'}
            </Button>
            {call.state !== 'failed' ? (
              <Button type="link" onClick={() => setTextChosen(true)}>
                改用文字沟通
              </Button>
            ) : null}
          </>
        )}
        <Popconfirm
          title="结束面试"
          description="结束后将对求职者进行评价。"
          okText="结束面试"
          cancelText="取消"
          onConfirm={finish}
        >
          <Button type="primary" danger loading={action.isPending && action.variables?.action === 'end'}>
            结束面试
          </Button>
        </Popconfirm>
      </div>
    </div>
  );
}
