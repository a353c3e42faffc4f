import type { CloudLive } from '@openrecruit/shared';
import { Button, Input, Tag, Toast } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { formatDateTime, formatTime } from '../../lib/format';
import { mediaSupport, useCall } from '../../lib/media';
import { useCloudLive, useCloudLiveComments, usePostComment, usePresence } from './api';
import { LIVE_STATE_LABELS } from './live-labels';
import './cloud-live.css';

/** /m/campus/cloud-presentations/:id/live: a student watches a 直播宣讲 and comments (互动). */
export function CloudLiveViewPage() {
  const { id = '' } = useParams();
  const live = useCloudLive('seeker', id);
  const back = { to: `/m/campus/cloud-presentations/${id}`, label: '云宣讲', history: true };
  return (
    <MobilePage title="直播宣讲" back={back}>
      {live.isPending ? (
        <LoadingBlock />
      ) : live.isError ? (
        <LoadFailed error={live.error} retry={() => live.refetch()} />
      ) : (
        <Viewing live={live.data} />
      )}
    </MobilePage>
  );
}

function Viewing({ live }: { live: CloudLive }) {
  const isLive = live.liveState === 'live';
  const presence = usePresence(live.id, isLive);
  // 重新连接 starts a fresh call (the call itself restarts ICE when the app comes back).
  const [attempt, setAttempt] = useState(0);
  return (
    <div className="m-live">
      <LiveStage
        key={attempt}
        live={live}
        ready={isLive && presence.isSuccess}
        onRetry={() => setAttempt((value) => value + 1)}
      />
      <div>
        <strong>{live.title}</strong>{' '}
        <Tag color={isLive ? 'danger' : 'default'}>{LIVE_STATE_LABELS[live.liveState]}</Tag>
        <div className="m-live__comment-author">
          {live.companyName} · {formatDateTime(live.startsAt)} - {formatTime(live.endsAt)}
        </div>
      </div>
      <LiveComments live={live} />
    </div>
  );
}

function LiveStage({ live, ready, onRetry }: { live: CloudLive; ready: boolean; onRetry(): void }) {
  const support = useMemo(() => mediaSupport(), []);
  const isLive = live.liveState === 'live';
  const call = useCall({
    area: 'seeker',
    kind: 'live',
    sessionId: ready ? live.id : null,
    localStream: null,
    enabled: support.video && ready,
  });
  const videoRef = useRef<HTMLVideoElement>(null);
  const [muted, setMuted] = useState(true);

  useEffect(() => {
    if (videoRef.current && call.remoteStream && videoRef.current.srcObject !== call.remoteStream) {
      videoRef.current.srcObject = call.remoteStream;
      void videoRef.current.play().catch(() => undefined);
    }
  }, [call.remoteStream]);

  const overlay = !isLive
    ? live.liveState === 'scheduled'
      ? `直播未开始，开始时间 ${formatDateTime(live.startsAt)}`
      : '直播已结束'
    : !support.video
      ? support.reason
      : call.state === 'connected'
        ? null
        : call.state === 'failed'
          ? '连接失败'
          : call.state === 'reconnecting'
            ? '网络波动，正在重新连接…'
            : '正在连接直播…';

  return (
    <div className="m-live__stage">
      <video
        ref={videoRef}
        className="m-live__video"
        autoPlay
        playsInline
        muted={muted}
        aria-label="直播画面"
        data-testid="live-video"
      />
      {overlay && (
        <div className="m-live__overlay" role="status">
          <div>
            <p>{overlay}</p>
            {isLive && call.state === 'failed' && (
              <Button size="small" color="primary" onClick={onRetry}>
                重新连接
              </Button>
            )}
          </div>
        </div>
      )}
      {isLive && call.state === 'connected' && muted && (
        <Button className="m-live__unmute" size="small" onClick={() => setMuted(false)}>
          点击开启声音
        </Button>
      )}
    </div>
  );
}

function LiveComments({ live }: { live: CloudLive }) {
  const comments = useCloudLiveComments('seeker', live.id);
  const post = usePostComment('seeker', live.id);
  const [draft, setDraft] = useState('');
  const isLive = live.liveState === 'live';
  const send = () => {
    const body = draft.trim();
    if (!body) return;
    post.mutate(body, {
      onSuccess: () => setDraft(''),
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  };
  const items = comments.data?.items ?? [];
  return (
    <section aria-label="互动">
      <ul className="m-live__comments" data-testid="live-comments">
        {items.length === 0 && <li>还没有人发言</li>}
        {items.map((comment) => (
          <li key={comment.id}>
            <span className="m-live__comment-author">{comment.mine ? '我' : comment.authorLabel}</span>
            {comment.body}
          </li>
        ))}
      </ul>
      <div className="m-live__composer" style={{ marginTop: 8 }}>
        <label htmlFor="live-comment" className="visually-hidden">
          发言
        </label>
        <Input
          id="live-comment"
          placeholder={
            live.muted ? '您已被主办方禁言' : isLive ? '向主办方提问（200字以内）' : '直播中才能发言'
          }
          maxLength={200}
          value={draft}
          disabled={!isLive || live.muted}
          onChange={setDraft}
          onEnterPress={send}
        />
        <Button
          color="primary"
          size="small"
          loading={post.isPending}
          disabled={!isLive || live.muted}
          onClick={send}
        >
          发送
        </Button>
      </div>
    </section>
  );
}
