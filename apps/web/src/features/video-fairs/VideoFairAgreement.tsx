import type { VideoFair } from '@openrecruit/shared';
import { Button, Modal } from 'antd';
import { useState } from 'react';

/** 《视频双选会协议》 as the university wrote it, in a modal. */
export function AgreementModal(props: {
  fair: Pick<VideoFair, 'agreementText'>;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      open={props.open}
      title="《视频双选会协议》"
      onCancel={props.onClose}
      footer={
        <Button type="primary" onClick={props.onClose}>
          我已阅读
        </Button>
      }
    >
      <div className="video-fairs__agreement">{props.fair.agreementText}</div>
    </Modal>
  );
}

export function AgreementButton({ fair }: { fair: Pick<VideoFair, 'agreementText'> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(true)}>
        《视频双选会协议》
      </Button>
      <AgreementModal fair={fair} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
