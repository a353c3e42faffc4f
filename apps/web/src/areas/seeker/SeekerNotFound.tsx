import { ErrorBlock } from 'antd-mobile';
import { Link } from 'react-router';
import { MobilePage } from '../../components/mobile/MobilePage';

export function SeekerNotFound() {
  return (
    <MobilePage title="页面不存在" back={{ to: '/m', label: '首页' }}>
      <ErrorBlock status="empty" title="页面不存在" description="您访问的页面不存在或已移除">
        <Link to="/m">返回首页</Link>
      </ErrorBlock>
    </MobilePage>
  );
}
