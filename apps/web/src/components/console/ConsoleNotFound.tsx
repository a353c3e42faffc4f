import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { basePath, type ConsoleConfig } from './console-config';

export function ConsoleNotFound({ config }: { config: ConsoleConfig }) {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已移除。"
      extra={
        <Button type="primary" onClick={() => navigate(basePath(config.area))}>
          返回首页
        </Button>
      }
    />
  );
}
