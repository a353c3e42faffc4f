import { Alert, Button, Progress, Space } from 'antd';
import { useId, useRef, useState } from 'react';
import { messageOf } from '../../lib/api';
import { uploadCloudPresentationFile } from './api';
import { durationText, readVideo, sniffVideo } from './video-file';

export interface UploadedVideo {
  videoFileId: string;
  posterFileId: string;
  durationSeconds: number;
  posterUrl: string;
  name: string;
}

type Props = {
  maxMb: number;
  value?: UploadedVideo;
  onChange: (value: UploadedVideo | undefined) => void;
};

/**
 * 宣讲视频: choose an MP4 or WebM, checked in the browser by its first bytes and size, uploaded with
 * a progress bar; the poster frame (about 1 s in) and the duration are read here and sent with it.
 */
export function VideoUploadField({ maxMb, value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    if (!(await sniffVideo(file))) return setError('只能上传MP4或WebM格式的视频');
    if (file.size > maxMb * 1024 * 1024) return setError(`视频不能超过${maxMb}MB`);
    try {
      setProgress(0);
      const { durationSeconds, poster } = await readVideo(file);
      const posterFile = await uploadCloudPresentationFile('poster', poster, '视频封面.jpg');
      const video = await uploadCloudPresentationFile('video', file, file.name, setProgress);
      onChange({
        videoFileId: video.id,
        posterFileId: posterFile.id,
        durationSeconds,
        posterUrl: URL.createObjectURL(poster),
        name: file.name,
      });
    } catch (failure) {
      setError(failure instanceof Error && !('status' in failure) ? failure.message : messageOf(failure));
      onChange(undefined);
    } finally {
      setProgress(undefined);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div>
      <input
        ref={input}
        type="file"
        accept="video/mp4,video/webm"
        style={{ display: 'none' }}
        aria-describedby={hintId}
        data-testid="cloud-video-input"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <Space wrap>
        <Button onClick={() => input.current?.click()} loading={progress !== undefined}>
          {value ? '重新选择视频' : '选择视频'}
        </Button>
        <span id={hintId} className="cloud-reason">
          MP4或WebM格式，不超过{maxMb}MB；封面自动取视频第1秒的画面
        </span>
      </Space>
      {progress !== undefined ? (
        <Progress percent={progress} size="small" aria-label="视频上传进度" style={{ maxWidth: 360 }} />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} /> : null}
      {value && progress === undefined ? (
        <div className="cloud-video-preview">
          <img src={value.posterUrl} alt="视频封面" />
          <span>
            {value.name}
            <br />
            时长 {durationText(value.durationSeconds) || '未知'} · 已上传
          </span>
        </div>
      ) : null}
    </div>
  );
}
