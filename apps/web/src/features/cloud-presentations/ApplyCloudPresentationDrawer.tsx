import {
  ApplyCloudPresentationInput,
  CLOUD_PRESENTATION_FORMAT_LABELS,
  CLOUD_PRESENTATION_LIMITS,
  type CloudPresentationFormat,
} from '@openrecruit/shared';
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Result, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { fromPickerValue, shanghaiNow } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useRecruitingJobOptions } from '../employer-jobs/api';
import { useApplyCloudPresentation } from './api';
import { type UploadedVideo, VideoUploadField } from './VideoUploadField';

// 申请云宣讲 (seed 002 云校招): 第一步 选择录播宣讲或直播宣讲形式；第二步 选择宣讲高校（已入驻高校）并
// 填写信息提交，待宣讲高校通过审核后展示.

const VIDEO_MAX_MB = CLOUD_PRESENTATION_LIMITS.videoMaxBytesDefault / 1024 / 1024;

const FORMAT_TEXT: Record<CloudPresentationFormat, string> = {
  recorded: '上传宣讲视频，高校审核通过后学生随时观看。',
  live: '预约直播时间，届时在直播间开播，学生在线观看并互动提问。',
};

interface ApplyValues {
  universityIds: string[];
  title: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  description: string;
  jobIds: string[];
  video?: UploadedVideo;
}

const FIELDS = ['universityIds', 'title', 'startsAt', 'endsAt', 'description', 'jobIds'] as const;

type Props = {
  open: boolean;
  universities: { id: string; name: string }[];
  onClose: () => void;
};

export function ApplyCloudPresentationDrawer({ open, universities, onClose }: Props) {
  const [format, setFormat] = useState<CloudPresentationFormat>();
  const close = () => {
    setFormat(undefined);
    onClose();
  };
  return (
    <Drawer
      open={open}
      onClose={close}
      size={680}
      title={format ? `申请${CLOUD_PRESENTATION_FORMAT_LABELS[format]}` : '申请云宣讲'}
      destroyOnHidden
    >
      {universities.length === 0 ? (
        <Result
          status="info"
          title="贵单位尚未入驻任何高校"
          subTitle="云宣讲只能向已入驻的高校申请"
          extra={<Link to="/employer/campus/universities">去入驻高校</Link>}
        />
      ) : format ? (
        <ApplyForm
          format={format}
          universities={universities}
          onBack={() => setFormat(undefined)}
          onDone={close}
        />
      ) : (
        <section aria-label="第一步：选择宣讲形式">
          <p className="cloud-hint">第一步：选择宣讲形式</p>
          <div className="cloud-format-cards">
            {(['recorded', 'live'] as const).map((value) => (
              <button
                key={value}
                type="button"
                className="cloud-format-card"
                onClick={() => setFormat(value)}
              >
                <h3>{CLOUD_PRESENTATION_FORMAT_LABELS[value]}</h3>
                <p>{FORMAT_TEXT[value]}</p>
              </button>
            ))}
          </div>
        </section>
      )}
    </Drawer>
  );
}

function ApplyForm({
  format,
  universities,
  onBack,
  onDone,
}: {
  format: CloudPresentationFormat;
  universities: { id: string; name: string }[];
  onBack: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ApplyValues>();
  const apply = useApplyCloudPresentation();
  const jobs = useRecruitingJobOptions(true);
  const { message } = App.useApp();
  const recorded = format === 'recorded';

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    apply.mutate(
      {
        format,
        universityIds: values.universityIds,
        title: values.title,
        description: values.description,
        jobIds: values.jobIds,
        startsAt: fromPickerValue(values.startsAt ?? shanghaiNow()),
        endsAt: !recorded && values.endsAt ? fromPickerValue(values.endsAt) : null,
        ...(recorded && values.video
          ? {
              videoFileId: values.video.videoFileId,
              posterFileId: values.video.posterFileId,
              durationSeconds: values.video.durationSeconds,
            }
          : {}),
      },
      {
        onSuccess: (p) => {
          message.success(`已提交${p.targets.length}所高校审核，可在列表中查看审核状态`);
          onDone();
        },
        onError: (error) => {
          // The server names the files; the form has one 宣讲视频 field for both.
          const videoReason =
            error instanceof ApiError
              ? error.fields.find((f) => f.field === 'videoFileId' || f.field === 'posterFileId')?.reason
              : undefined;
          if (videoReason) form.setFields([{ name: 'video', errors: [videoReason] }]);
          if (!applyFieldErrors(form, error, FIELDS) && !videoReason) message.error(messageOf(error));
        },
      },
    );
  };

  const laterThanStart = async (_rule: unknown, value?: Dayjs) => {
    const start = form.getFieldValue('startsAt') as Dayjs | undefined;
    if (!value || !start) return;
    if (!value.isAfter(start)) throw new Error('结束时间须晚于开始时间');
    if (value.diff(start, 'minute') > CLOUD_PRESENTATION_LIMITS.liveMaxMinutes)
      throw new Error('直播时长不能超过4小时');
  };

  return (
    <Form
      form={form}
      layout="vertical"
      preserve={false}
      initialValues={{
        universityIds: universities.length === 1 ? [universities[0]!.id] : [],
        title: '',
        description: '',
        jobIds: [],
        ...(recorded ? { startsAt: shanghaiNow().second(0) } : {}),
      }}
    >
      <p className="cloud-hint">第二步：选择宣讲高校并填写信息，高校审核通过后展示给该校学生。</p>
      <Form.Item
        name="universityIds"
        label="宣讲高校"
        rules={[{ required: true, type: 'array', min: 1, message: '请选择宣讲高校' }]}
        extra="只能选择已入驻的高校，每所高校分别审核"
      >
        <Checkbox.Group options={universities.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label="宣讲主题"
        rules={[schemaRule(ApplyCloudPresentationInput, 'title')]}
        required
      >
        <Input maxLength={50} showCount placeholder="如：2026届校园招聘云宣讲" />
      </Form.Item>
      {recorded ? (
        <Form.Item
          name="startsAt"
          label="宣讲时间"
          extra="审核通过后，从这一时间起向学生展示"
          rules={[{ required: true, message: '请选择宣讲时间' }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      ) : (
        <Space align="start" wrap>
          <Form.Item
            name="startsAt"
            label="直播开始时间"
            rules={[
              { required: true, message: '请选择直播开始时间' },
              {
                validator: async (_rule, value?: Dayjs) => {
                  if (value && !value.isAfter(shanghaiNow())) throw new Error('直播开始时间须晚于现在');
                },
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(value) => value.isBefore(shanghaiNow().startOf('day'))}
            />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label="直播结束时间"
            dependencies={['startsAt']}
            rules={[{ required: true, message: '请选择直播结束时间' }, { validator: laterThanStart }]}
            extra="最长4小时"
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(value) => value.isBefore(shanghaiNow().startOf('day'))}
            />
          </Form.Item>
        </Space>
      )}
      <Form.Item
        name="jobIds"
        label="宣讲职位"
        rules={[schemaRule(ApplyCloudPresentationInput, 'jobIds')]}
        required
      >
        <Select
          mode="multiple"
          placeholder="请选择本单位招聘中的职位"
          loading={jobs.isPending}
          options={(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label="宣讲简介"
        rules={[schemaRule(ApplyCloudPresentationInput, 'description')]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="单位介绍、宣讲内容、岗位亮点等" />
      </Form.Item>
      {recorded ? (
        <Form.Item
          name="video"
          label="宣讲视频"
          rules={[{ required: true, message: '请上传宣讲视频' }]}
          valuePropName="value"
          trigger="onChange"
        >
          <VideoUploadField maxMb={VIDEO_MAX_MB} onChange={() => undefined} />
        </Form.Item>
      ) : null}
      <Space>
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" loading={apply.isPending} onClick={submit}>
          提交审核
        </Button>
      </Space>
    </Form>
  );
}
