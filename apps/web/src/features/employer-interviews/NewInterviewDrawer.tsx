import type { InterviewSessionMode } from '@openrecruit/shared';
import { App, Button, DatePicker, Drawer, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { fromPickerValue } from '../../lib/format';
import { useSignedInSession } from '../../lib/session';
import { useCreateSession, useUniversities, useWholeInterviewFolder } from './api';

type Values = {
  mode: InterviewSessionMode;
  title: string;
  universityId?: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs | null;
  location: string;
  contactName: string;
  contactPhone: string;
  note?: string;
};

const FORM_FIELDS = [
  'mode',
  'title',
  'universityId',
  'startsAt',
  'endsAt',
  'location',
  'contactName',
  'contactPhone',
  'note',
] as const;

/** 新增面试: 线下面试 or 学校远程面试, the details the notice carries, and students from the 面试夹. */
export function NewInterviewDrawer({
  open,
  preselected,
  onClose,
  onCreated,
}: {
  open: boolean;
  preselected: string[];
  onClose: () => void;
  onCreated: (sessionId: string) => void;
}) {
  const { message } = App.useApp();
  const { account } = useSignedInSession('employer');
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'offline';
  const [selected, setSelected] = useState<string[]>([]);
  const [candidateError, setCandidateError] = useState<string>();
  const folder = useWholeInterviewFolder(open);
  const universities = useUniversities(open && mode === 'campus_remote');
  const create = useCreateSession();

  useEffect(() => {
    if (open) {
      setSelected(preselected);
      setCandidateError(undefined);
      form.resetFields();
      form.setFieldsValue({ mode: 'offline', contactName: account.displayName });
    }
  }, [open, preselected, form, account.displayName]);

  const submit = async (values: Values) => {
    if (selected.length === 0) {
      setCandidateError('请从面试夹中至少选择一位学生');
      return;
    }
    try {
      const session = await create.mutateAsync({
        mode: values.mode,
        title: values.title,
        universityId: values.mode === 'campus_remote' ? values.universityId : null,
        startsAt: values.startsAt ? fromPickerValue(values.startsAt) : '',
        endsAt: values.endsAt ? fromPickerValue(values.endsAt) : null,
        location: values.location,
        contactName: values.contactName,
        contactPhone: values.contactPhone,
        note: values.note ?? '',
        applicationIds: selected,
      });
      message.success('面试已创建，请通知学生');
      onCreated(session.id);
    } catch (error) {
      const onForm = applyFieldErrors(form, error, FORM_FIELDS);
      const onCandidates =
        error instanceof ApiError
          ? error.fields.find((field) => field.field === 'applicationIds')
          : undefined;
      if (onCandidates) setCandidateError(onCandidates.reason);
      if (!onForm && !onCandidates) message.error(messageOf(error));
    }
  };

  return (
    <Drawer
      title="新增面试"
      open={open}
      onClose={onClose}
      width={720}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item name="mode" label="面试方式" required>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'offline', label: '线下面试' },
              { value: 'campus_remote', label: '学校远程面试' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label="面试名称"
          rules={[{ required: true, message: '请填写面试名称' }, { max: 60 }]}
        >
          <Input placeholder="如：2027届数控工艺岗第一轮面试" maxLength={60} />
        </Form.Item>
        {mode === 'campus_remote' && (
          <Form.Item
            name="universityId"
            label="学校"
            rules={[{ required: true, message: '学校远程面试请选择学校' }]}
          >
            <Select
              placeholder="请选择学校"
              loading={universities.isLoading}
              options={universities.data?.map((u) => ({ value: u.id, label: u.name }))}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
        )}
        <Space size={16} wrap>
          <Form.Item
            name="startsAt"
            label="开始时间"
            rules={[{ required: true, message: '请选择面试开始时间' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="endsAt" label="结束时间">
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Space>
        <Form.Item
          name="location"
          label={mode === 'offline' ? '面试地点' : '会议链接/房间'}
          rules={[
            { required: true, message: mode === 'offline' ? '请填写面试地点' : '请填写会议链接或房间' },
          ]}
        >
          <Input
            maxLength={200}
            placeholder={
              mode === 'offline' ? '详细地址，如：上海市浦东新区张江路88号3楼' : '如：腾讯会议 618-302-775'
            }
          />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item
            name="contactName"
            label="单位联系人"
            rules={[{ required: true, message: '请填写单位联系人' }]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label="电话"
            rules={[
              { required: true, message: '请填写联系电话' },
              { pattern: /^[\d\-+() ]{5,30}$/, message: '联系电话格式不正确' },
            ]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} showCount placeholder="如：请携带身份证和学历证书" />
        </Form.Item>
      </Form>
      <Typography.Title level={5} id="new-interview-candidates">
        面试学生（从面试夹导入，已选 {selected.length} 人）
      </Typography.Title>
      {candidateError && <Typography.Text type="danger">{candidateError}</Typography.Text>}
      <Table
        aria-labelledby="new-interview-candidates"
        rowKey="applicationId"
        size="small"
        loading={folder.isLoading}
        dataSource={folder.data}
        pagination={false}
        scroll={{ y: 260 }}
        locale={{ emptyText: '面试夹是空的，请先在“面试夹”中从简历管理添加' }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => {
            setSelected(keys as string[]);
            setCandidateError(undefined);
          },
          getCheckboxProps: (row) => ({ disabled: row.withdrawn, 'aria-label': `选择${row.candidate.name}` }),
        }}
        columns={[
          { title: '姓名', key: 'name', render: (_, row) => row.candidate.name },
          { title: '应聘职位', key: 'job', render: (_, row) => row.job.title },
          { title: '学历', key: 'education', render: (_, row) => row.candidate.educationLabel ?? '未填写' },
          { title: '标记', dataIndex: 'markLabel' },
        ]}
      />
    </Drawer>
  );
}
