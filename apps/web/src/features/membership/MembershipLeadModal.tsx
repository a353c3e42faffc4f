import { MEMBERSHIP_PLANS, MembershipLeadInput, type MembershipLevel } from '@openrecruit/shared';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useSignedInSession } from '../../lib/session';
import { useSubmitMembershipLead } from './api';

type Values = { wantedLevel: MembershipLevel; contactName: string; contactMobile: string; needs: string };

/**
 * 点击此处 了解详情 (not a member yet) and 升级会员 (seed 002 三): the company's contact and needs;
 * 1个工作日左右 an advisor telephones. The company itself is known from the session.
 */
export function MembershipLeadModal({ kind, onClose }: { kind: 'open' | 'upgrade'; onClose: () => void }) {
  const { message } = App.useApp();
  const { account } = useSignedInSession('employer');
  const [form] = Form.useForm<Values>();
  const submit = useSubmitMembershipLead();
  const onFinish = (values: Values) =>
    submit.mutate(
      { kind, ...values },
      {
        onSuccess: () => {
          message.success('提交成功，专属顾问将在1个工作日左右电话联系您');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['wantedLevel', 'contactName', 'contactMobile', 'needs']))
            message.error(messageOf(error));
        },
      },
    );
  return (
    <Modal
      title={kind === 'open' ? '开通会员：提交企业信息' : '升级会员：提交企业信息'}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交"
      cancelText="取消"
      okButtonProps={{ loading: submit.isPending }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${account.organisation?.name ?? '贵单位'}：提交后1个工作日左右将会有专属顾问电话来访。`}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          wantedLevel: kind === 'open' ? 'vip' : 'svip',
          contactName: '',
          contactMobile: '',
          needs: '',
        }}
      >
        <Form.Item name="wantedLevel" label="意向套餐">
          <Radio.Group
            options={(Object.keys(MEMBERSHIP_PLANS) as MembershipLevel[]).map((level) => ({
              value: level,
              label: MEMBERSHIP_PLANS[level].label,
            }))}
          />
        </Form.Item>
        <Form.Item name="contactName" label="联系人" rules={[schemaRule(MembershipLeadInput, 'contactName')]}>
          <Input maxLength={30} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactMobile"
          label="联系手机"
          rules={[schemaRule(MembershipLeadInput, 'contactMobile')]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="needs" label="业务需求" rules={[schemaRule(MembershipLeadInput, 'needs')]}>
          <Input.TextArea
            maxLength={500}
            showCount
            rows={3}
            placeholder="如：校招季需要下载大量简历、置顶职位"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
