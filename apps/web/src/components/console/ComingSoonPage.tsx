import { Result } from 'antd';
import { useEffect } from 'react';

/** A navigation item whose feature is not built yet: its name, and what it will do. */
export function ComingSoonPage({ title, summary }: { title: string; summary: string }) {
  useEffect(() => {
    document.title = `${title} - 开放招聘`;
  }, [title]);
  return (
    <div className="console-card">
      <Result
        status="info"
        title={<h1 className="console-result-title">{title}</h1>}
        subTitle={`该功能将在后续版本开放：${summary}`}
      />
    </div>
  );
}
