import {
  COMPANY_NATURES,
  CompanyVerificationChangeInput,
  type CompanyVerificationFields,
  INDUSTRIES,
  PROVINCES,
} from '@openrecruit/shared';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useRequestVerificationChange } from './api';
import { provinceCode, VERIFICATION_LABELS } from './verification-labels';

const FIELD_NAMES = VERIFICATION_LABELS.map(([field]) => field);
const options = (list: ReadonlyArray<{ code: string; label: string }>) =>
  list.map((item) => ({ value: item.code, label: item.label }));
const select = { showSearch: { optionFilterProp: 'label' as const }, placeholder: '必填，请选择' };

/** 修改认证信息: the 企业认证资料 form of the sign-up wizard, filled with the data in force. */
export function VerificationChangeModal({
  current,
  onClose,
}: {
  current: CompanyVerificationFields;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CompanyVerificationChangeInput>();
  const submit = useRequestVerificationChange();

  const onFinish = (values: CompanyVerificationChangeInput) =>
    submit.mutate(values, {
      onSuccess: () => {
        message.success('已提交，平台将在一个工作日内审核完毕');
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, FIELD_NAMES)) message.error(messageOf(error));
      },
    });

  return (
    <Modal
      open
      width={720}
      title="修改认证信息"
      okText="提交审核"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: submit.isPending }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="认证信息修改后需重新发起认证，一个工作日审核完毕；审核通过前当前认证信息继续有效。"
      />
      <Form<CompanyVerificationChangeInput>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '130px' }}
        onFinish={onFinish}
        initialValues={{ ...current, province: provinceCode(current.province) }}
      >
        <Form.Item
          name="name"
          label="单位名称"
          rules={[schemaRule(CompanyVerificationChangeInput, 'name')]}
          required
        >
          <Input placeholder="必填，营业执照上的单位名称" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label="统一社会信用代码"
          rules={[schemaRule(CompanyVerificationChangeInput, 'code')]}
          required
        >
          <Input placeholder="必填，18位统一社会信用代码 / 9位组织机构代码" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="province"
          label="所在省份"
          rules={[schemaRule(CompanyVerificationChangeInput, 'province')]}
          required
        >
          <Select {...select} options={options(PROVINCES)} />
        </Form.Item>
        <Form.Item
          name="city"
          label="所在城市"
          rules={[schemaRule(CompanyVerificationChangeInput, 'city')]}
          required
        >
          <Input placeholder="必填，如：上海市" maxLength={30} />
        </Form.Item>
        <Form.Item
          name="address"
          label="单位地址"
          rules={[schemaRule(CompanyVerificationChangeInput, 'address')]}
          required
        >
          <Input placeholder="必填" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="landline"
          label="固定电话"
          rules={[schemaRule(CompanyVerificationChangeInput, 'landline')]}
          required
        >
          <Input placeholder="必填，如：021-88888888" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="email"
          label="单位邮箱"
          rules={[schemaRule(CompanyVerificationChangeInput, 'email')]}
          required
        >
          <Input placeholder="必填，单位官方邮箱" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="recruitEmail"
          label="招聘邮箱"
          rules={[schemaRule(CompanyVerificationChangeInput, 'recruitEmail')]}
          required
        >
          <Input placeholder="必填" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="postcode"
          label="邮编"
          rules={[schemaRule(CompanyVerificationChangeInput, 'postcode')]}
          required
        >
          <Input placeholder="必填，如：200000" maxLength={6} />
        </Form.Item>
        <Form.Item
          name="nature"
          label="单位性质"
          rules={[schemaRule(CompanyVerificationChangeInput, 'nature')]}
          required
        >
          <Select {...select} options={options(COMPANY_NATURES)} />
        </Form.Item>
        <Form.Item
          name="industry"
          label="所属行业"
          rules={[schemaRule(CompanyVerificationChangeInput, 'industry')]}
          required
          extra="影响到招聘信息的精准推送、学生邀约精准匹配"
        >
          <Select {...select} options={options(INDUSTRIES)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
