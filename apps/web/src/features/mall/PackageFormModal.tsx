import { COMPANY_RIGHTS, type MallPackage, MallPackageContent, MallPackageInput } from '@openrecruit/shared';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useSavePackage } from './api';

type PackageForm = {
  name: string;
  description?: string;
  pricePoints: number;
  contents: { right: string; quantity: number }[];
  validityDays: number;
  sortOrder: number;
  active: boolean;
};

const FIELD_NAMES = ['name', 'description', 'pricePoints', 'contents', 'validityDays', 'sortOrder'] as const;
const RIGHT_OPTIONS = Object.entries(COMPANY_RIGHTS).map(([value, { label, unit }]) => ({
  value,
  label: `${label}（${unit}）`,
}));

/** 新增 / 编辑 a package: the same zod schema as the server checks each field. */
export function PackageFormModal({ item, onClose }: { item: MallPackage | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PackageForm>();
  const save = useSavePackage();

  const submit = (values: PackageForm) =>
    save.mutateAsync({ id: item?.id, input: MallPackageInput.parse(values) }).then(
      () => {
        message.success(item ? '已保存' : '已新增');
        onClose();
      },
      (error: unknown) => {
        if (!applyFieldErrors(form, error, FIELD_NAMES)) message.error(messageOf(error));
      },
    );

  return (
    <Modal
      open
      title={item ? `编辑：${item.name}` : '新增道具包'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<PackageForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          item
            ? {
                ...item,
                contents: item.contents.map(({ right, quantity }) => ({ right, quantity })),
              }
            : {
                contents: [{ right: 'resume_download', quantity: 10 }],
                validityDays: 30,
                sortOrder: 0,
                active: true,
              }
        }
      >
        <Form.Item name="name" label="套餐名称" rules={[schemaRule(MallPackageInput, 'name')]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="description" label="套餐说明" rules={[schemaRule(MallPackageInput, 'description')]}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item
            name="pricePoints"
            label="价格（快点）"
            rules={[schemaRule(MallPackageInput, 'pricePoints')]}
          >
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="validityDays"
            label="有效期（天）"
            rules={[schemaRule(MallPackageInput, 'validityDays')]}
          >
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="sortOrder" label="排序" rules={[schemaRule(MallPackageInput, 'sortOrder')]}>
            <InputNumber min={0} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="active" label="是否上架" valuePropName="checked">
            <Switch checkedChildren="上架" unCheckedChildren="下架" />
          </Form.Item>
        </Space>
        <Form.List
          name="contents"
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                const parsed = MallPackageInput.shape.contents.safeParse(value);
                if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="mall__contents-fieldset">
              <legend>道具内容</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'right']}
                    label={`道具${index + 1}`}
                    rules={[schemaRule(MallPackageContent, 'right', ['contents', field.name])]}
                  >
                    <Select options={RIGHT_OPTIONS} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label="数量"
                    rules={[schemaRule(MallPackageContent, 'quantity', ['contents', field.name])]}
                  >
                    <InputNumber min={1} precision={0} style={{ width: 120 }} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} aria-label={`删除道具${index + 1}`}>
                    删除
                  </Button>
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < 4 ? (
                <Button type="dashed" onClick={() => add({ right: undefined, quantity: 1 })}>
                  添加道具
                </Button>
              ) : null}
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
