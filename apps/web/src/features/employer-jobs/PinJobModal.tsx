import { type JobPinInput, PIN_AREAS, PIN_MAX_DAYS } from '@openrecruit/shared';
import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { dayToPickerValue, pickerValueToDay, shanghaiToday } from '../../lib/format';
import { RightBalance } from '../mall/RightBalance';
import { usePinJob, useRecruitingJobOptions } from './api';

const AREA_OPTIONS = PIN_AREAS.map((area) => ({
  value: area.code,
  label: area.code === '310000' ? '上海 全市' : `上海 ${area.label}`,
}));

interface PinFormValues {
  jobId: string;
  areas: string[];
  dates: [Dayjs, Dayjs];
}

/**
 * Seed 002 置顶: choose the job (招聘中 only), the cities where it shows first, and the dates (at
 * most 30 days, from today). Each day uses one 职位置顶 (decision 018): the balance is shown above
 * the form, and a refusal for want of days offers 去购买.
 */
export function PinJobModal({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PinFormValues>();
  const options = useRecruitingJobOptions(true);
  const pin = usePinJob();
  // Seed 002 days are Asia/Shanghai calendar days, whatever the computer's own time zone.
  const today = shanghaiToday();
  const dates = Form.useWatch('dates', form);
  const days = dates?.[0] && dates[1] ? dates[1].diff(dates[0], 'day') + 1 : undefined;
  const [refused, setRefused] = useState<string>();

  const onFinish = (values: PinFormValues) => {
    const input: JobPinInput = {
      areas: values.areas,
      startDate: pickerValueToDay(values.dates[0]),
      endDate: pickerValueToDay(values.dates[1]),
    };
    setRefused(undefined);
    pin.mutate(
      { id: values.jobId, input },
      {
        onSuccess: () => {
          message.success(`已置顶：${input.startDate} 至 ${input.endDate}`);
          onClose();
        },
        onError: (error) => {
          const dates =
            error instanceof ApiError ? error.fields.find((f) => f.field.endsWith('Date')) : undefined;
          if (dates) form.setFields([{ name: 'dates', errors: [dates.reason] }]);
          else if (error instanceof ApiError && error.code === 'RIGHT_EXHAUSTED') setRefused(error.message);
          else if (!applyFieldErrors(form, error, ['areas'])) message.error(messageOf(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title="职位置顶"
      okText="确定置顶"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pin.isPending}
      destroyOnHidden
    >
      {options.isError ? <Alert type="error" showIcon message={messageOf(options.error)} /> : null}
      <RightBalance right="job_pin" need={days} refused={refused}>
        {days
          ? `本次置顶 ${days} 天，每天使用 1 天职位置顶；该职位已置顶的日期不重复扣除。`
          : '每置顶 1 天使用 1 天职位置顶。'}
        置顶开始后取消或职位下架，已使用的天数不退回。
      </RightBalance>
      <Form<PinFormValues>
        form={form}
        layout="vertical"
        initialValues={{ jobId, areas: ['310000'] }}
        onFinish={onFinish}
      >
        <Form.Item name="jobId" label="置顶职位" rules={[{ required: true, message: '请选择置顶职位' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={options.isPending}
            options={(options.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))}
          />
        </Form.Item>
        <Form.Item
          name="areas"
          label="置顶城市"
          extra="求职者在所选城市（区）搜索时，该职位排在最前"
          rules={[{ required: true, message: '请选择置顶城市' }]}
        >
          <Select mode="multiple" options={AREA_OPTIONS} optionFilterProp="label" />
        </Form.Item>
        <Form.Item
          name="dates"
          label="置顶日期"
          extra={`从今天起，每次最长${PIN_MAX_DAYS}天`}
          rules={[
            { required: true, message: '请选择置顶日期' },
            {
              validator: async (_rule, value?: [Dayjs, Dayjs]) => {
                if (value && value[1].diff(value[0], 'day') + 1 > PIN_MAX_DAYS)
                  throw new Error(`每次置顶最长${PIN_MAX_DAYS}天`);
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            disabledDate={(day) =>
              pickerValueToDay(day) < today || day.isAfter(dayToPickerValue(today).add(120, 'day'))
            }
            placeholder={['开始日期', '结束日期']}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
