import { EDUCATION_LEVELS, PROBATION_MONTHS_MAX, WORK_AREAS, WORK_NATURES } from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Switch,
} from 'antd';
import { useEffect } from 'react';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { useEmployerJob, useSaveJob, useUniversities } from './api';
import {
  JOB_FORM_FIELDS,
  type JobFormValues,
  jobFieldRule,
  NEW_JOB_DEFAULTS,
  toFormValues,
  toJobInput,
} from './job-form-values';

const EDUCATION_OPTIONS = [
  { value: '', label: '不限' },
  ...EDUCATION_LEVELS.map((level) => ({ value: level.code, label: level.label })),
];
const NATURE_OPTIONS = WORK_NATURES.map((nature) => ({ value: nature.code, label: nature.label }));
const AREA_OPTIONS = WORK_AREAS.map((area) => ({ value: area.code, label: area.label }));

interface JobFormDrawerProps {
  /** undefined = 新增. */
  jobId?: string;
  /** Seed 002: an unverified company sees why instead of the 新增 form. */
  publishing: { allowed: boolean; reason: string | null };
  onClose: () => void;
}

/** 新增 / 编辑 职位: 保存 publishes a new job into 招聘中; an edited job keeps its state. */
export function JobFormDrawer({ jobId, publishing, onClose }: JobFormDrawerProps) {
  const editing = jobId !== undefined;
  const blocked = !editing && !publishing.allowed;
  return (
    <Drawer
      open
      width={760}
      title={editing ? '编辑职位' : '新增职位'}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      {blocked ? (
        <Result
          status="warning"
          title="暂不能发布职位"
          subTitle={publishing.reason ?? '单位认证通过后才能发布职位。'}
          extra={<Button onClick={onClose}>知道了</Button>}
        />
      ) : (
        <JobForm jobId={jobId} onClose={onClose} />
      )}
    </Drawer>
  );
}

function JobForm({ jobId, onClose }: { jobId?: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<JobFormValues>();
  const job = useEmployerJob(jobId);
  const save = useSaveJob();
  const isCampus = Form.useWatch('isCampus', form);
  const probationMonths = Form.useWatch('probationMonths', form);
  const universities = useUniversities(Boolean(isCampus));

  useEffect(() => {
    if (job.data) form.setFieldsValue(toFormValues(job.data));
  }, [job.data, form]);

  if (jobId && job.isPending) return <Spin tip="加载中" style={{ display: 'block', marginTop: 80 }} />;
  if (jobId && job.isError) return <Alert type="error" showIcon message={messageOf(job.error)} />;

  const onFinish = (values: JobFormValues) =>
    save.mutate(
      { id: jobId, input: toJobInput(values) },
      {
        onSuccess: (saved) => {
          message.success(jobId ? `已保存“${saved.title}”` : `“${saved.title}”已发布，在“招聘中”列表展示`);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'DUPLICATE_SUBMISSION') {
            message.warning(error.message);
            onClose();
            return;
          }
          if (!applyFieldErrors(form, error, JOB_FORM_FIELDS)) message.error(messageOf(error));
        },
      },
    );

  const rule = (field: (typeof JOB_FORM_FIELDS)[number]) => [jobFieldRule(field)];
  const required = { required: true };

  return (
    <Form<JobFormValues>
      form={form}
      layout="vertical"
      initialValues={NEW_JOB_DEFAULTS}
      onFinish={onFinish}
      requiredMark
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="title" label="职位名称" rules={rule('title')} {...required}>
            <Input maxLength={40} placeholder="如：数控车床操作工" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="occupation"
            label="职业名称"
            rules={rule('occupation')}
            extra="求职者按职业名称和职位名称搜索"
            {...required}
          >
            <Input maxLength={30} placeholder="如：车工" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="salaryMin" label="月薪下限（元）" rules={rule('salaryMin')} {...required}>
            <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="salaryMax"
            label="月薪上限（元）"
            rules={rule('salaryMax')}
            dependencies={['salaryMin']}
            {...required}
          >
            <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="headcount" label="招聘人数" rules={rule('headcount')} {...required}>
            <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="education" label="学历要求" {...required}>
            <Select options={EDUCATION_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="ageMin" label="最低年龄（周岁）" rules={rule('ageMin')} {...required}>
            <InputNumber min={16} max={65} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="ageMax"
            label="最高年龄（周岁）"
            rules={rule('ageMax')}
            dependencies={['ageMin']}
            {...required}
          >
            <InputNumber min={16} max={65} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="workNature" label="工作性质" rules={rule('workNature')} {...required}>
            <Select options={NATURE_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="workArea" label="工作地区" rules={rule('workArea')} {...required}>
            <Select options={AREA_OPTIONS} placeholder="请选择" showSearch optionFilterProp="label" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="address" label="工作地址" rules={rule('address')} {...required}>
            <Input maxLength={100} placeholder="如：上海市浦东新区张江路88号" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label="职位描述" rules={rule('description')} {...required}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="skills" label="技能要求" rules={rule('skills')} {...required}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="probationMonths"
            label="试用期（月）"
            rules={rule('probationMonths')}
            extra={`0 表示无试用期，最长${PROBATION_MONTHS_MAX}个月`}
            {...required}
          >
            <InputNumber min={0} max={PROBATION_MONTHS_MAX} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="probationSalary"
            label="试用期薪资（元/月）"
            rules={rule('probationSalary')}
            dependencies={['probationMonths', 'salaryMin', 'salaryMax']}
            extra="不低于月薪下限的80%"
            required={Boolean(probationMonths)}
          >
            <InputNumber
              min={1}
              max={1_000_000}
              precision={0}
              disabled={!probationMonths}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={8} />
        <Col span={12}>
          <Form.Item name="contactName" label="联系人" rules={rule('contactName')} {...required}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={rule('contactPhone')}
            extra="手机号或固定电话，如021-62345678"
            {...required}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="isCampus" label="校园招聘" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        {isCampus ? (
          <Col span={16}>
            <Form.Item
              name="targetUniversityIds"
              label="面向高校"
              rules={rule('targetUniversityIds')}
              dependencies={['isCampus']}
              {...required}
            >
              <Select
                mode="multiple"
                placeholder="请选择面向的高校"
                loading={universities.isPending}
                options={(universities.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={save.isPending}>
          保存
        </Button>
        <Button onClick={onClose} disabled={save.isPending}>
          取消
        </Button>
      </Space>
    </Form>
  );
}
