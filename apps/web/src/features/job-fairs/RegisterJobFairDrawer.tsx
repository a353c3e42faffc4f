import {
  type EmployerJobFair,
  JOB_FAIR_LIMITS,
  JobFairContact,
  RegisterJobFairInput,
} from '@openrecruit/shared';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useRecruitingJobOptions } from '../employer-jobs/api';
import { useRegisterJobFair } from './api';
import { feeText, timeRange } from './job-fair-labels';

interface FormValues {
  contacts: { name: string; mobile: string }[];
  jobIds: string[];
  boothKind: string;
  boothWish: string;
}

const FIELDS = ['contacts', 'jobIds', 'boothKind', 'boothWish'] as const;

/** 报名 a fair: contacts (1-3), the 招聘中 jobs to bring, the booth kind (and its fee), a wish. */
export function RegisterJobFairDrawer({ fair, onClose }: { fair: EmployerJobFair; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const jobs = useRecruitingJobOptions(true);
  const register = useRegisterJobFair(fair.id);

  const onFinish = (values: FormValues) =>
    register.mutate(values, {
      onSuccess: () => {
        message.success('报名已提交，学校将在三个工作日内审核');
        onClose();
      },
      onError: (error) => {
        applyFieldErrors(form, error, FIELDS);
      },
    });

  return (
    <Drawer
      open
      width={640}
      title={`报名：${fair.title}`}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Descriptions column={1} size="small" className="job-fairs__facts">
        <Descriptions.Item label="高校">{fair.university.name}</Descriptions.Item>
        <Descriptions.Item label="举办时间">{timeRange(fair.startsAt, fair.endsAt)}</Descriptions.Item>
        <Descriptions.Item label="地点">{fair.location}</Descriptions.Item>
        <Descriptions.Item label="剩余展位">
          {fair.capacity - fair.registeredCount}/{fair.capacity}
        </Descriptions.Item>
        {fair.rules ? <Descriptions.Item label="参会须知">{fair.rules}</Descriptions.Item> : null}
      </Descriptions>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          contacts: [{ name: '', mobile: '' }],
          jobIds: [],
          boothKind: fair.boothKinds[0]?.code,
          boothWish: '',
        }}
      >
        <Form.Item label="联系人" required>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[schemaRule(JobFairContact, 'name', ['contacts', field.name])]}
                    >
                      <Input placeholder="姓名" aria-label={`联系人${index + 1}姓名`} maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'mobile']}
                      rules={[schemaRule(JobFairContact, 'mobile', ['contacts', field.name])]}
                    >
                      <Input placeholder="手机号" aria-label={`联系人${index + 1}手机号`} maxLength={11} />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button type="link" danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    ) : null}
                  </Space>
                ))}
                {fields.length < JOB_FAIR_LIMITS.contactsMax ? (
                  <Button onClick={() => add({ name: '', mobile: '' })}>添加联系人</Button>
                ) : null}
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="jobIds" label="携带职位" rules={[schemaRule(RegisterJobFairInput, 'jobIds')]}>
          <Select
            mode="multiple"
            placeholder="选择招聘中的职位"
            loading={jobs.isPending}
            options={(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))}
            notFoundContent={jobs.isPending ? '加载中…' : '暂无招聘中的职位，请先在“职位管理”中发布职位'}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="boothKind" label="展位类型" rules={[schemaRule(RegisterJobFairInput, 'boothKind')]}>
          <Radio.Group>
            <Space direction="vertical">
              {fair.boothKinds.map((kind) => (
                <Radio key={kind.code} value={kind.code}>
                  {kind.name}（{feeText(kind.feeCents)}，共{kind.count}个）
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="boothWish" label="展位意向" rules={[schemaRule(RegisterJobFairInput, 'boothWish')]}>
          <Input.TextArea
            rows={3}
            maxLength={JOB_FAIR_LIMITS.boothWishMaxChars}
            showCount
            placeholder="如：靠近入口、需要电源"
          />
        </Form.Item>
        {register.isError && !(register.error instanceof ApiError && register.error.fields.length > 0) ? (
          <Alert type="error" showIcon title={messageOf(register.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            提交报名
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
