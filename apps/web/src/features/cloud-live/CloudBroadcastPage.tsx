import type { CloudLive } from '@openrecruit/shared';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Radio,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime, formatTime } from '../../lib/format';
import { openLocalMedia, stopMedia, useBroadcastHost } from '../../lib/media';
import { useSession } from '../../lib/session';
import {
  useCloudLive,
  useCloudLiveComments,
  useModerateComment,
  usePostComment,
  useStartOrEndLive,
} from './api';
import { LIVE_STATE_LABELS, P2P_MEASURED_VIEWERS, VIEWER_STATE_LABELS } from './live-labels';
import './cloud-live.css';

/** 云宣讲 > 直播 (cloud/presentations/:id/live): the company's broadcast page of a 直播宣讲. */
export function CloudBroadcastPage() {
  const { id = '' } = useParams();
  const live = useCloudLive('employer', id);
  return <QueryState query={live}>{(data) => <Broadcast live={data} />}</QueryState>;
}

function Broadcast({ live }: { live: CloudLive }) {
  const { message, modal } = App.useApp();
  const session = useSession('employer');
  const [source, setSource] = useState<'camera' | 'screen'>('camera');
  const [microphone, setMicrophone] = useState(true);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [mediaError, setMediaError] = useState<string | null>(null);
  const previewRef = useRef<HTMLVideoElement>(null);
  const control = useStartOrEndLive(live.id);
  const isLive = live.liveState === 'live';
  const presenting = isLive && live.hostAccountId === session.data?.account.id;
  const host = useBroadcastHost({
    sessionId: live.id,
    localStream: stream,
    enabled: presenting && stream !== null,
  });

  // The camera or the screen, open while the page can still broadcast.
  useEffect(() => {
    if (live.liveState === 'ended') return;
    let opened: MediaStream | null = null;
    let cancelled = false;
    openLocalMedia({ video: true, audio: true, screen: source === 'screen' }).then(
      (media) => {
        if (cancelled) return stopMedia(media);
        opened = media;
        setMediaError(null);
        setStream(media);
      },
      () =>
        setMediaError(
          source === 'screen' ? '未能共享屏幕' : '无法打开摄像头和麦克风，请在浏览器中允许本网站使用',
        ),
    );
    return () => {
      cancelled = true;
      stopMedia(opened);
    };
  }, [source, live.liveState]);

  useEffect(() => {
    for (const track of stream?.getAudioTracks() ?? []) track.enabled = microphone;
    if (previewRef.current) previewRef.current.srcObject = stream;
  }, [stream, microphone]);

  const act = (action: 'start' | 'end') =>
    control.mutate(action, {
      onSuccess: () => message.success(action === 'start' ? '直播已开始' : '直播已结束'),
      onError: (error) => message.error(messageOf(error)),
    });
  const onEnd = () =>
    modal.confirm({
      title: '结束直播',
      content: '结束后学生将无法继续观看，且不能再次开始。确定结束吗？',
      okText: '结束直播',
      cancelText: '继续直播',
      onOk: () => act('end'),
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Link to="/employer/cloud/presentations">返回云宣讲</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {live.title}
        </Typography.Title>
        <Tag color={isLive ? 'red' : live.liveState === 'ended' ? 'default' : 'blue'}>
          {LIVE_STATE_LABELS[live.liveState]}
        </Tag>
      </Space>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="宣讲时间">
          {formatDateTime(live.startsAt)} - {formatTime(live.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label="观看人数">{live.viewerCount}</Descriptions.Item>
        <Descriptions.Item label="录像">
          {live.recording
            ? live.recordingFileId
              ? '已保存'
              : '直播时自动录制'
            : '不录制（点对点直播不支持录像）'}
        </Descriptions.Item>
      </Descriptions>
      {live.mediaProvider === 'p2p' && (
        <Typography.Text type="secondary">
          点对点直播：本机上行带宽约可支持 {P2P_MEASURED_VIEWERS} 名观众流畅观看；更多观众请由平台配置 LiveKit
        </Typography.Text>
      )}
      <div className="cloud-live__layout">
        <Card
          title="直播画面"
          extra={
            <Space>
              <Radio.Group
                value={source}
                onChange={(event) => setSource(event.target.value)}
                optionType="button"
                options={[
                  { label: '摄像头', value: 'camera' },
                  { label: '共享屏幕', value: 'screen' },
                ]}
                disabled={live.liveState === 'ended'}
              />
              <Space>
                <span id="cloud-live-mic">麦克风</span>
                <Switch checked={microphone} onChange={setMicrophone} aria-labelledby="cloud-live-mic" />
              </Space>
            </Space>
          }
        >
          {mediaError && <Typography.Text type="danger">{mediaError}</Typography.Text>}
          <video
            ref={previewRef}
            className="cloud-live__video"
            autoPlay
            muted
            playsInline
            aria-label="直播画面预览"
          />
          <Space style={{ marginTop: 12 }}>
            {live.liveState === 'scheduled' && (
              <Button
                type="primary"
                disabled={!live.canStart}
                loading={control.isPending}
                onClick={() => act('start')}
              >
                开始直播
              </Button>
            )}
            {isLive && (
              <Button danger loading={control.isPending} onClick={onEnd}>
                结束直播
              </Button>
            )}
            {live.liveState === 'scheduled' && !live.canStart && (
              <Typography.Text type="secondary">
                开始前30分钟起可开始直播（须至少一所高校审核通过）
              </Typography.Text>
            )}
            {isLive && !presenting && (
              <Typography.Text type="secondary">同事正在直播，本页只管理互动</Typography.Text>
            )}
            {host.error && <Typography.Text type="danger">媒体服务连接失败，请刷新页面重试</Typography.Text>}
          </Space>
        </Card>
        <Space direction="vertical" size={16}>
          <Card title={`观众（${presenting ? host.viewers.length : live.viewerCount}）`} size="small">
            {host.viewers.length === 0 ? (
              <Typography.Text type="secondary">暂无观众连接</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={host.viewers}
                renderItem={(viewer, index) => (
                  <List.Item>
                    观众{index + 1}
                    <Tag
                      color={
                        viewer.state === 'connected' ? 'green' : viewer.state === 'failed' ? 'red' : 'blue'
                      }
                    >
                      {VIEWER_STATE_LABELS[viewer.state]}
                    </Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Comments live={live} />
        </Space>
      </div>
    </Space>
  );
}

function Comments({ live }: { live: CloudLive }) {
  const { message } = App.useApp();
  const comments = useCloudLiveComments('employer', live.id);
  const post = usePostComment('employer', live.id);
  const moderate = useModerateComment(live.id);
  const [draft, setDraft] = useState('');
  const send = () => {
    const body = draft.trim();
    if (!body) return;
    post.mutate(body, {
      onSuccess: () => setDraft(''),
      onError: (error) => message.error(messageOf(error)),
    });
  };
  const act = (commentId: string, action: 'hide' | 'mute') =>
    moderate.mutate(
      { commentId, action },
      {
        onSuccess: () => message.success(action === 'hide' ? '已隐藏' : '已禁言'),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  const items = comments.data?.items ?? [];
  return (
    <Card title="互动" size="small">
      {items.length === 0 ? (
        <Empty description="暂无评论" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="cloud-live__comments" aria-label="评论">
          {items.map((comment) => (
            <li
              key={comment.id}
              className={`cloud-live__comment${comment.hidden ? ' cloud-live__comment--hidden' : ''}`}
            >
              <div className="cloud-live__comment-author">
                {comment.authorLabel} · {formatTime(comment.createdAt)}
                {comment.hidden && <Tag style={{ marginLeft: 6 }}>已隐藏</Tag>}
                {comment.authorMuted && <Tag color="orange">已禁言</Tag>}
              </div>
              <div>{comment.body}</div>
              {comment.authorKind === 'student' && (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setDraft(`回复${comment.authorLabel}：`)}>
                    回复
                  </Button>
                  {!comment.hidden && (
                    <Button size="small" type="link" onClick={() => act(comment.id, 'hide')}>
                      隐藏
                    </Button>
                  )}
                  {!comment.authorMuted && (
                    <Button size="small" type="link" danger onClick={() => act(comment.id, 'mute')}>
                      禁言
                    </Button>
                  )}
                </Space>
              )}
            </li>
          ))}
        </ul>
      )}
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <Input
          aria-label="回复内容"
          placeholder={live.liveState === 'live' ? '回复学生的提问' : '直播中才能发言'}
          maxLength={200}
          value={draft}
          disabled={live.liveState !== 'live'}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={send}
        />
        <Button type="primary" onClick={send} loading={post.isPending} disabled={live.liveState !== 'live'}>
          发送
        </Button>
      </Space.Compact>
    </Card>
  );
}
