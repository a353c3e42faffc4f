import type { SeekerVideoInterview } from '@openrecruit/shared';
import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useCall } from '../../lib/media';
import { useJoinInterview, useReportMedium } from './api';
import { TextInterview } from './TextInterview';
import { useLocalMedia } from './use-local-media';
import { secondsUntil } from './use-server-clock';
import { VideoTile } from './VideoTile';
import { CALL_STATE_LABELS, clock, MEDIUM_LABELS } from './video-interview-labels';

/**
 * The student's call on a phone, full screen: the interviewer's picture, the own one small,
 * 静音 / 摄像头 / 挂断, the connection state and the slot timer. When the call fails, or on request,
 * the text interview takes over (文字沟通).
 */
export function SeekerCallScreen({
  interview,
  now,
  textOnly,
}: {
  interview: SeekerVideoInterview;
  now: number;
  /** The fair's 文字沟通 mode, or a browser that cannot do video. */
  textOnly: boolean;
}) {
  const [textChosen, setTextChosen] = useState(false);
  const [inCall, setInCall] = useState(true);
  const textMode = textOnly || textChosen || interview.medium === 'text';
  const local = useLocalMedia(!textMode && inCall);
  const call = useCall({
    area: 'seeker',
    kind: 'interview',
    sessionId: interview.id,
    localStream: local.stream,
    enabled: !textMode && inCall && local.stream !== null,
  });
  const ref = { side: 'seeker', interviewId: interview.id } as const;
  const report = useReportMedium(ref);
  const reported = useRef(false);
  const join = useJoinInterview(interview.id);
  const joined = useRef(false);

  // 进入面试: the called student is here (else skipped as 未到场 after the timeout).
  useEffect(() => {
    if (joined.current || interview.joinedAt) return;
    joined.current = true;
    join.mutate(textMode ? 'text' : undefined);
  }, [interview.joinedAt, join, textMode]);
  useEffect(() => {
    if (textMode && !reported.current && interview.medium !== 'text') {
      reported.current = true;
      report.mutate('text');
    }
  }, [textMode, interview.medium, report]);

  const remaining = secondsUntil(interview.slotEndsAt, now);
  const timer =
    remaining === null ? null : (
      <span className={remaining <= 60 ? 'm-call__timer m-call__timer--warn' : 'm-call__timer'} role="timer">
        {remaining > 0 ? `剩余 ${clock(remaining)}` : '已到时'}
      </span>
    );

  if (textMode)
    return (
      <section className="m-card m-vi__text" aria-labelledby="vi-text-title">
        <h2 id="vi-text-title" className="m-card__title">
          文字沟通 · {interview.company.name}
          <span className="m-card__title-extra">{timer}</span>
        </h2>
        <TextInterview interview={ref} />
      </section>
    );

  return (
    <div
      className="m-call"
      role="dialog"
      aria-modal="true"
      aria-label={`与${interview.company.name}的视频面试`}
    >
      <VideoTile stream={call.remoteStream} label="面试官画面" className="m-call__remote" />
      <VideoTile stream={local.stream} self label="我的画面" className="m-call__self" />
      <div className="m-call__top">
        <span className="m-call__company">{interview.company.name}</span>
        <span className={`m-call__state m-call__state--${call.state}`}>
          {CALL_STATE_LABELS[call.state]} · {MEDIUM_LABELS[call.medium]}
        </span>
        {timer}
      </div>
      {remaining !== null && remaining <= 60 && remaining > 0 ? (
        <p className="m-call__warning" role="alert">
          本场面试还剩不到1分钟
        </p>
      ) : null}
      {!inCall ? (
        <div className="m-call__notice">
          <p>您已挂断。面试官仍在面试间，可重新进入。</p>
          <Button color="primary" onClick={() => setInCall(true)}>
            重新进入
          </Button>
        </div>
      ) : null}
      {call.state === 'failed' || local.failed ? (
        <div className="m-call__notice">
          <p>{local.failed ? '无法打开摄像头和麦克风，请检查权限。' : '音视频连接失败，可能是网络限制。'}</p>
          <Button color="primary" onClick={() => setTextChosen(true)}>
            改用文字沟通
          </Button>
        </div>
      ) : null}
      <div className="m-call__controls">
        <button
          type="button"
          className="m-call__button"
          onClick={local.toggleMic}
          aria-pressed={!local.micOn}
          disabled={!local.stream}
        >
          {local.micOn ? '静音' : '取消静音'}
        </button>
        <button
          type="button"
          className="m-call__button"
          onClick={local.toggleCamera}
          aria-pressed={!local.cameraOn}
          disabled={!local.hasCamera}
        >
          {local.cameraOn ? '关摄像头' : '开摄像头'}
        </button>
        <button
          type="button"
          className="m-call__button m-call__button--hangup"
          onClick={() => {
            call.hangUp();
            setInCall(false);
          }}
          disabled={!inCall}
        >
          挂断
        </button>
        <button type="button" className="m-call__button" onClick={() => setTextChosen(true)}>
          文字
        </button>
      </div>
    </div>
  );
}
