import { COMPANY_SCALES, type CompanySettings, labelOf, UpdateCompanyBasicInput } from '@openrecruit/shared';
import { App, Button, Descriptions, Form, Input, Select } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useUpdateBasic } from './api';
import { SettingsFrame } from './SettingsFrame';

type Values = { shortName: string; scale?: string; website: string };
const FIELDS = ['shortName', 'scale', 'website'] as const;

/** 公司设置 > 基本资料 (seed 002): 单位简称, 单位规模, 单位网址, in force once saved. */
export function CompanyBasicPage() {
  return (
    <SettingsFrame title="基本资料">
      {(settings) =>
        settings.canEdit ? (
          <BasicForm settings={settings} />
        ) : (
          <Descriptions
            column={1}
            bordered
            style={{ maxWidth: 720 }}
            items={[
              { key: 'name', label: '单位名称', children: settings.basic.name },
              { key: 'shortName', label: '单位简称', children: settings.basic.shortName ?? '未填写' },
              {
                key: 'scale',
                label: '单位规模',
                children: labelOf(COMPANY_SCALES, settings.basic.scale) ?? '未填写',
              },
              { key: 'website', label: '单位网址', children: settings.basic.website ?? '未填写' },
            ]}
          />
        )
      }
    </SettingsFrame>
  );
}

function BasicForm({ settings }: { settings: CompanySettings }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateBasic();
  const onFinish = (values: Values) =>
    update.mutate(
      { shortName: values.shortName ?? '', scale: values.scale as never, website: values.website ?? '' },
      {
        onSuccess: () => message.success('已保存，基本资料已生效'),
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELDS)) message.error(messageOf(error));
        },
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '120px' }}
      style={{ maxWidth: 720 }}
      onFinish={onFinish}
      initialValues={{
        shortName: settings.basic.shortName ?? '',
        scale: settings.basic.scale ?? undefined,
        website: settings.basic.website ?? '',
      }}
    >
      <Form.Item label="单位名称" extra="单位名称属于认证信息，请在“认证信息”中修改">
        <span>{settings.basic.name}</span>
      </Form.Item>
      <Form.Item name="shortName" label="单位简称" rules={[schemaRule(UpdateCompanyBasicInput, 'shortName')]}>
        <Input maxLength={20} showCount placeholder="如：申城智造" />
      </Form.Item>
      <Form.Item
        name="scale"
        label="单位规模"
        required
        rules={[schemaRule(UpdateCompanyBasicInput, 'scale')]}
      >
        <Select
          placeholder="请选择"
          options={COMPANY_SCALES.map((item) => ({ value: item.code, label: item.label }))}
        />
      </Form.Item>
      <Form.Item name="website" label="单位网址" rules={[schemaRule(UpdateCompanyBasicInput, 'website')]}>
        <Input maxLength={200} placeholder="如：https://www.example.com" />
      </Form.Item>
      <Form.Item label={null}>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          保存
        </Button>
      </Form.Item>
    </Form>
  );
}
