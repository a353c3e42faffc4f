import { Alert, App, Button, Modal, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../lib/api';
import { useJobShare } from './api';
import { downloadCanvas, drawJobQrCode, QR_SIZE } from './job-qr-code';

/**
 * Seed 002 分享: the job's QR code with the company logo; hovering (or focusing) the code shows
 * 下载二维码; scanning it opens the seeker's page of the job.
 */
export function ShareJobModal({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const share = useJobShare(jobId);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const url = share.data ? new URL(share.data.path, window.location.origin).toString() : '';

  useEffect(() => {
    if (!share.data || !canvas.current) return;
    let current = true;
    setDrawn(false);
    drawJobQrCode(canvas.current, {
      url,
      logoUrl: share.data.company.logoUrl,
      companyName: share.data.company.name,
    })
      .then(() => current && setDrawn(true))
      .catch(() => current && message.error('二维码生成失败，请稍后再试'));
    return () => {
      current = false;
    };
  }, [share.data, url, message]);

  const download = () => {
    if (!canvas.current || !share.data) return;
    downloadCanvas(canvas.current, `${share.data.title}-职位二维码.png`).catch(() =>
      message.error('下载失败，请稍后再试'),
    );
  };

  return (
    <Modal open title="分享职位" onCancel={onClose} footer={null} width={420} destroyOnHidden>
      {share.isError ? (
        <Alert type="error" showIcon message={messageOf(share.error)} />
      ) : (
        <div className="employer-jobs-share">
          {share.data ? <Typography.Title level={5}>{share.data.title}</Typography.Title> : null}
          <div className="employer-jobs-qr" style={{ width: QR_SIZE, height: QR_SIZE }}>
            {drawn ? null : <Spin className="employer-jobs-qr__spin" />}
            <canvas
              ref={canvas}
              width={QR_SIZE}
              height={QR_SIZE}
              role="img"
              aria-label={share.data ? `“${share.data.title}”的职位二维码` : '职位二维码'}
            />
            {drawn ? (
              <div className="employer-jobs-qr__overlay">
                <Button type="primary" onClick={download}>
                  下载二维码
                </Button>
              </div>
            ) : null}
          </div>
          <p className="employer-jobs-share__hint">微信扫一扫，打开求职者端的职位详情</p>
          {url ? (
            <Typography.Paragraph
              copyable={{ text: url, tooltips: ['复制链接', '已复制'] }}
              className="employer-jobs-share__url"
            >
              {url}
            </Typography.Paragraph>
          ) : null}
        </div>
      )}
    </Modal>
  );
}
