import type { CompanySettings } from '@openrecruit/shared';
import { Alert } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { useCompanySettings } from './api';
import './company-settings.css';

/** One 公司设置 page: the title, the settings once loaded, and the read-only note for members. */
export function SettingsFrame({
  title,
  children,
}: {
  title: string;
  children: (settings: CompanySettings) => ReactNode;
}) {
  const settings = useCompanySettings();
  useEffect(() => {
    document.title = `${title} - 开放招聘`;
  }, [title]);

  return (
    <div className="console-card company-settings">
      <h1 className="console-page-title">{title}</h1>
      <QueryState query={settings}>
        {(data) => (
          <>
            {data.canEdit ? null : (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 24 }}
                title="仅单位管理员可修改公司设置，您可以查看。如需修改请联系本单位的单位管理员。"
              />
            )}
            {children(data)}
          </>
        )}
      </QueryState>
    </div>
  );
}
