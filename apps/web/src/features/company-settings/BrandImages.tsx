import { COMPANY_BRAND_LIMITS, type CompanySettings } from '@openrecruit/shared';
import { App, Button, Empty, Image, Popconfirm, Space, Upload } from 'antd';
import { messageOf } from '../../lib/api';
import { useAddPhoto, useDeletePhoto, useUploadLogo } from './api';

const ACCEPT = 'image/jpeg,image/png';
const MB = 1024 * 1024;

/** The browser's first check (the server checks again by the file's bytes). */
function tooBig(file: File, maxBytes: number, notify: (text: string) => void) {
  if (!['image/jpeg', 'image/png'].includes(file.type)) {
    notify('只能上传JPG或PNG图片');
    return true;
  }
  if (file.size > maxBytes) {
    notify(`图片不能超过${maxBytes / MB}MB`);
    return true;
  }
  return false;
}

export function LogoField({ settings }: { settings: CompanySettings }) {
  const { message } = App.useApp();
  const upload = useUploadLogo();
  const logo = settings.brand.logo;
  return (
    <Space align="center" size="large">
      {logo ? (
        <Image src={logo.url} alt="单位Logo" width={96} height={96} style={{ objectFit: 'contain' }} />
      ) : (
        <div className="company-settings__logo-empty">暂无Logo</div>
      )}
      {settings.canEdit ? (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) =>
            tooBig(file, COMPANY_BRAND_LIMITS.logoMaxBytes, (text) => message.error(text))
              ? Upload.LIST_IGNORE
              : true
          }
          customRequest={({ file }) =>
            upload.mutate(file as File, {
              onSuccess: () => message.success('Logo已更新'),
              onError: (error) => message.error(messageOf(error)),
            })
          }
        >
          <Button loading={upload.isPending}>{logo ? '更换Logo' : '上传Logo'}</Button>
        </Upload>
      ) : null}
    </Space>
  );
}

export function PhotoWall({ settings }: { settings: CompanySettings }) {
  const { message } = App.useApp();
  const add = useAddPhoto();
  const remove = useDeletePhoto();
  const photos = settings.brand.photos;
  const full = photos.length >= COMPANY_BRAND_LIMITS.photosMax;

  return (
    <div className="company-settings__photos">
      {photos.length === 0 && !settings.canEdit ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无照片" />
      ) : null}
      <Image.PreviewGroup>
        {photos.map((photo, index) => (
          <div key={photo.id} className="company-settings__photo">
            <Image
              src={photo.url}
              alt={`单位照片${index + 1}`}
              width={160}
              height={120}
              style={{ objectFit: 'cover' }}
            />
            {settings.canEdit ? (
              <Popconfirm
                title="删除这张照片？"
                description="删除后求职者将看不到这张照片。"
                okText="删除"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(photo.id).then(
                    () => message.success('已删除'),
                    (error: unknown) => message.error(messageOf(error)),
                  )
                }
              >
                <Button
                  size="small"
                  danger
                  aria-label={`删除单位照片${index + 1}`}
                  className="company-settings__photo-delete"
                >
                  删除
                </Button>
              </Popconfirm>
            ) : null}
          </div>
        ))}
      </Image.PreviewGroup>
      {settings.canEdit && !full ? (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          multiple
          beforeUpload={(file) =>
            tooBig(file, COMPANY_BRAND_LIMITS.photoMaxBytes, (text) => message.error(text))
              ? Upload.LIST_IGNORE
              : true
          }
          customRequest={({ file }) =>
            add.mutate(file as File, {
              onSuccess: () => message.success('照片已上传'),
              onError: (error) => message.error(messageOf(error)),
            })
          }
        >
          <button type="button" className="company-settings__photo-add" disabled={add.isPending}>
            <span aria-hidden="true" className="company-settings__plus">
              +
            </span>
            <span>{add.isPending ? '上传中' : '上传照片'}</span>
          </button>
        </Upload>
      ) : null}
    </div>
  );
}
