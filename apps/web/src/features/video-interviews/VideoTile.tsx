import { useEffect, useRef, useState } from 'react';
import './video-interviews.css';

/**
 * One picture of a call. `playsInline` keeps iOS from opening its own player; the own picture is
 * muted (no echo of oneself). A remote stream with sound may be refused autoplay by the browser:
 * then a button asks for the one tap that starts it.
 */
export function VideoTile({
  stream,
  self,
  label,
  className,
}: {
  stream: MediaStream | null;
  self?: boolean;
  label: string;
  className?: string;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (!stream) return;
    video.play().then(
      () => setBlocked(false),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'NotAllowedError') setBlocked(true);
      },
    );
  }, [stream]);

  return (
    <div className={`vi-tile ${className ?? ''}`}>
      <video
        ref={ref}
        aria-label={label}
        data-testid={self ? 'local-video' : 'remote-video'}
        autoPlay
        playsInline
        muted={self}
      />
      {!stream ? <span className="vi-tile__empty">{self ? '摄像头未开启' : '等待对方画面'}</span> : null}
      {blocked ? (
        <button
          type="button"
          className="vi-tile__play"
          onClick={() => {
            void ref.current?.play().then(() => setBlocked(false));
          }}
        >
          点击播放对方声音
        </button>
      ) : null}
    </div>
  );
}
