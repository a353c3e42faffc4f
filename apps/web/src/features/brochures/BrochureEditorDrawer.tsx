import {
  BROCHURE_LIMITS,
  type Brochure,
  type BrochureImage,
  BrochureInput,
  COMPANY_BRAND_LIMITS,
} from '@openrecruit/shared';
import { App, Button, Drawer, Form, Input, Select, Space, Upload } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useRecruitingJobOptions } from '../employer-jobs/api';
import { uploadBrochureImage, useBrochure, useSaveBrochure } from './api';
import { RichTextEditor } from './RichTextEditor';

// 新增 / 编辑 招聘简章: 标题, 正文 (the rich text editor), 关联职位 (招聘中, at most 20) and 图片
// (JPG/PNG up to 5MB, at most 9; the server checks each file again). Saving changes the draft only.

interface FormValues {
  title: string;
  bodyHtml: string;
  jobIds: string[];
}

const FIELDS = ['title', 'bodyHtml', 'jobIds'] as const;
const MB = 1024 * 1024;

export function BrochureEditorDrawer({
  target,
  onClose,
}: {
  target: { id?: string } | null;
  onClose: () => void;
}) {
  const open = target !== null;
  const existing = useBrochure(target?.id);
  return (
    <Drawer
      title={target?.id ? '编辑招聘简章' : '新增招聘简章'}
      open={open}
      onClose={onClose}
      width={880}
      destroyOnHidden
    >
      {open && target?.id ? (
        <QueryState query={existing} loading="spin">
          {(brochure) => <EditorForm brochure={brochure} onClose={onClose} />}
        </QueryState>
      ) : open ? (
        <EditorForm onClose={onClose} />
      ) : null}
    </Drawer>
  );
}

function EditorForm({ brochure, onClose }: { brochure?: Brochure; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const save = useSaveBrochure();
  const jobs = useRecruitingJobOptions(true);
  const [images, setImages] = useState<BrochureImage[]>(brochure?.images ?? []);
  const [uploading, setUploading] = useState(0);
  const [imageError, setImageError] = useState<string | null>(null);
  const bodyLabelId = useId();
  const imagesLabelId = useId();

  useEffect(() => {
    form.setFieldsValue({
      title: brochure?.title ?? '',
      bodyHtml: brochure?.bodyHtml ?? '',
      jobIds: brochure?.jobs.map((job) => job.id) ?? [],
    });
  }, [brochure, form]);

  const jobOptions = useMemo(() => {
    const recruiting = (jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }));
    const kept = (brochure?.jobs ?? [])
      .filter((job) => !recruiting.some((option) => option.value === job.id))
      .map((job) => ({ value: job.id, label: job.recruiting ? job.title : `${job.title}（已下架）` }));
    return [...recruiting, ...kept];
  }, [jobs.data, brochure]);

  const submit = (values: FormValues) => {
    const input = { ...values, imageFileIds: images.map((image) => image.id) };
    save.mutate(
      { ...(brochure ? { id: brochure.id } : {}), input },
      {
        onSuccess: () => {
          message.success(
            brochure
              ? '已保存。已发布的简章需点击“发布”提交新版本审核'
              : '招聘简章已保存，可点击“发布”提交高校审核',
          );
          onClose();
        },
        onError: (error) => {
          const imageIssue =
            error instanceof ApiError && error.fields.find((f) => f.field === 'imageFileIds');
          if (imageIssue) setImageError(imageIssue.reason);
          if (applyFieldErrors(form, error, FIELDS) || imageIssue) return;
          message.error(messageOf(error));
        },
      },
    );
  };

  const full = images.length + uploading >= BROCHURE_LIMITS.imagesMax;

  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={submit} requiredMark>
      <Form.Item label="标题" name="title" required rules={[schemaRule(BrochureInput, 'title')]}>
        <Input maxLength={BROCHURE_LIMITS.titleMax} showCount placeholder="如：2027届校园招聘简章" />
      </Form.Item>
      <Form.Item
        label={<span id={bodyLabelId}>正文</span>}
        name="bodyHtml"
        required
        rules={[schemaRule(BrochureInput, 'bodyHtml')]}
        extra="支持标题、粗体、斜体、下划线、列表、引用、链接和分隔线；其他格式会被自动去除。"
      >
        <RichTextEditor labelId={bodyLabelId} />
      </Form.Item>
      <Form.Item
        label="关联职位"
        name="jobIds"
        extra={`选择本单位招聘中的职位，最多${BROCHURE_LIMITS.jobsMax}个`}
        rules={[schemaRule(BrochureInput, 'jobIds')]}
      >
        <Select
          mode="multiple"
          options={jobOptions}
          loading={jobs.isPending}
          placeholder="请选择职位"
          maxCount={BROCHURE_LIMITS.jobsMax}
          optionFilterProp="label"
          notFoundContent={jobs.isPending ? '加载中' : '暂无招聘中的职位'}
        />
      </Form.Item>
      <Form.Item
        label={<span id={imagesLabelId}>图片</span>}
        validateStatus={imageError ? 'error' : undefined}
        help={imageError ?? undefined}
        extra={`JPG或PNG，每张不超过${COMPANY_BRAND_LIMITS.photoMaxBytes / MB}MB，最多${BROCHURE_LIMITS.imagesMax}张`}
      >
        <fieldset className="brochures__images brochures__fieldset" aria-labelledby={imagesLabelId}>
          {images.map((image, index) => (
            <div key={image.id} className="brochures__image">
              <img src={image.url} alt={`简章图片${index + 1}`} />
              <Button
                size="small"
                danger
                className="brochures__image-remove"
                aria-label={`移除简章图片${index + 1}`}
                onClick={() => setImages((list) => list.filter((item) => item.id !== image.id))}
              >
                移除
              </Button>
            </div>
          ))}
          {full ? null : (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              multiple
              beforeUpload={(file) => {
                if (!['image/jpeg', 'image/png'].includes(file.type)) {
                  setImageError('只能上传JPG或PNG图片');
                  return Upload.LIST_IGNORE;
                }
                if (file.size > COMPANY_BRAND_LIMITS.photoMaxBytes) {
                  setImageError(`图片不能超过${COMPANY_BRAND_LIMITS.photoMaxBytes / MB}MB`);
                  return Upload.LIST_IGNORE;
                }
                return true;
              }}
              customRequest={({ file }) => {
                setImageError(null);
                setUploading((n) => n + 1);
                uploadBrochureImage(file as File)
                  .then(
                    (image) =>
                      setImages((list) =>
                        list.length >= BROCHURE_LIMITS.imagesMax ? list : [...list, image],
                      ),
                    (error) => setImageError(messageOf(error)),
                  )
                  .finally(() => setUploading((n) => n - 1));
              }}
            >
              <button type="button" className="brochures__add-image" disabled={uploading > 0}>
                <span aria-hidden="true">+</span>
                <span>{uploading > 0 ? '上传中' : '上传图片'}</span>
              </button>
            </Upload>
          )}
        </fieldset>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
        <Button onClick={onClose}>取消</Button>
      </Space>
    </Form>
  );
}
