import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '@openrecruit/shared';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';

/**
 * A form control for one JPG, PNG or PDF of at most 5 MB (账号授权书, 认证材料): `upload` sends it
 * and the control's value is the uploaded file's id. `subject` names the file in the messages.
 */
export function DocumentUpload({
  value,
  onChange,
  upload,
  subject,
  buttonText,
}: {
  value?: string;
  onChange?: (fileId?: string) => void;
  upload: (file: File) => Promise<{ fileId: string }>;
  subject: string;
  buttonText: string;
}) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  useEffect(() => {
    if (!value) setFiles((current) => current.filter((file) => file.status !== 'done'));
  }, [value]);
  return (
    <Upload
      accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
      maxCount={1}
      fileList={files}
      onChange={({ fileList }) => setFiles(fileList)}
      onRemove={() => onChange?.(undefined)}
      beforeUpload={(file) => {
        if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(file.type)) {
          message.error(`${subject}只支持 JPG、PNG、PDF 格式`);
          return Upload.LIST_IGNORE;
        }
        if (file.size > UPLOAD_MAX_BYTES) {
          message.error(`${subject}不能超过${UPLOAD_MAX_BYTES / 1024 / 1024}MB`);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        upload(file as File)
          .then((uploaded) => {
            onChange?.(uploaded.fileId);
            onSuccess?.(uploaded);
          })
          .catch((error: unknown) => {
            message.error(error instanceof Error ? error.message : messageOf(error));
            onError?.(error as Error);
          });
      }}
    >
      <Button>{buttonText}</Button>
    </Upload>
  );
}
