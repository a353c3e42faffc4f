import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useSessionLifecycle } from '../../lib/session';
import './console.css';

dayjs.locale('zh-cn');

/** antd in Chinese, with App so message/modal follow the theme (antd's static functions cannot). */
export function ConsoleProviders({ children }: { children: ReactNode }) {
  useSessionLifecycle();
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录", which is not the seed's word and is
    // what screen readers would read.
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
      button={{ autoInsertSpace: false }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
