import { CAMPUS_EXPORT_NAMES, type CampusExportFile } from '@openrecruit/shared';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { downloadFile } from '../employer-applications/download';

export interface ExcelExportButtonProps {
  /** Which list: 'presentations.xlsx', 'signups.xlsx', ... (GET /api/university/exports/:file). */
  file: CampusExportFile;
  /** The list's filter: `{ presentationId }` for signups.xlsx, `{ fairId }` for job-fair-registrations.xlsx, `{ from, to }` for statistics.xlsx. */
  params?: Record<string, string | undefined>;
  /** '导出Excel' unless told. */
  label?: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  disabled?: boolean;
}

/**
 * 导出Excel of one of the university's lists: the server streams the .xlsx (Chinese headers, times
 * in Shanghai, students' names masked as on screen) and the browser saves it under its Chinese name.
 */
export function ExcelExportButton({
  file,
  params,
  label = '导出Excel',
  size,
  type,
  disabled,
}: ExcelExportButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const query = new URLSearchParams(
    Object.entries(params ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/university/exports/${file}${query ? `?${query}` : ''}`, {
        fallbackName: `${CAMPUS_EXPORT_NAMES[file]}.xlsx`,
      });
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size={size} type={type} loading={busy} disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  );
}
