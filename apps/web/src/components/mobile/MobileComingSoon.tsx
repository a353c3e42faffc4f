import { Result } from 'antd-mobile';
import { MobilePage } from './MobilePage';

/** A seeker entry whose feature opens in a coming version: says so, and what it will do. */
export function MobileComingSoon({
  title,
  summary,
  back,
}: {
  title: string;
  summary: string;
  back: { to: string; label: string };
}) {
  return (
    <MobilePage title={title} back={back}>
      <Result status="info" title={title} description={`该功能将在后续版本开放：${summary}`} />
    </MobilePage>
  );
}
