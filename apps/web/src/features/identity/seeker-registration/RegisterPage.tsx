import {
  parseBankCard,
  REAL_NAME_ROUTES,
  type StartSeekerRegistrationInput as StartInput,
  StartSeekerRegistrationInput,
} from '@openrecruit/shared';
import { Button, Form, Input, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { ChoiceList } from '../../../components/mobile/ChoiceList';
import { FormField } from '../../../components/mobile/FormField';
import { MobilePage } from '../../../components/mobile/MobilePage';
import { NoticeBox } from '../../../components/mobile/NoticeBox';
import { applyFieldErrors, messageOf } from '../../../lib/api';
import { schemaRule, warningRule } from '../../../lib/schema-rules';
import { useStartSeekerRegistration } from '../api';
import { savePendingRegistration } from './registration-store';
import './registration.css';

const FIELD_NAMES = ['route', 'name', 'idNumber', 'mobile', 'bankCard'] as const;

function bankCardWarnings(value: string): string[] {
  const card = parseBankCard(value);
  return card.ok ? card.warnings : [];
}

/**
 * Seed 000 §一.2-3: pick 银行卡实名认证, 支付宝账号认证 or 人脸识别认证, then 姓名, 身份证号, 手机号 and
 * 银行卡号, each checked as it is typed with the rules the server applies.
 */
export function RegisterPage() {
  const [form] = Form.useForm<StartInput>();
  const navigate = useNavigate();
  const verify = useStartSeekerRegistration();

  const onFinish = (values: StartInput) =>
    verify.mutate(values, {
      onSuccess: (pending) => {
        savePendingRegistration(pending, values.idNumber.trim().toUpperCase());
        navigate('/m/register/password');
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error, FIELD_NAMES))
          Toast.show({ content: messageOf(error), icon: 'fail' });
      },
    });

  return (
    <MobilePage title="注册账号" back={{ to: '/m/login', label: '登录' }}>
      <Form
        form={form}
        className="m-form"
        layout="horizontal"
        requiredMarkStyle="none"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={verify.isPending}>
            下一步
          </Button>
        }
      >
        <Form.Header>
          <span id="real-name-route">选择实名认证方式</span>
        </Form.Header>
        <FormField name="route" rules={[{ required: true, message: '请选择实名认证方式' }]}>
          <ChoiceList options={REAL_NAME_ROUTES} labelledBy="real-name-route" />
        </FormField>
        <Form.Header>填写本人信息</Form.Header>
        <FormField name="name" label="姓名" rules={[schemaRule(StartSeekerRegistrationInput, 'name')]}>
          <Input placeholder="请输入证件上的姓名" autoComplete="name" maxLength={30} clearable />
        </FormField>
        <FormField
          name="idNumber"
          label="身份证号"
          rules={[schemaRule(StartSeekerRegistrationInput, 'idNumber')]}
        >
          <Input placeholder="请输入18位身份证号" autoComplete="off" maxLength={18} clearable />
        </FormField>
        <FormField name="mobile" label="手机号" rules={[schemaRule(StartSeekerRegistrationInput, 'mobile')]}>
          <Input
            placeholder="请输入11位手机号"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={13}
            clearable
          />
        </FormField>
        <FormField
          name="bankCard"
          label="银行卡号"
          rules={[schemaRule(StartSeekerRegistrationInput, 'bankCard'), warningRule(bankCardWarnings)]}
        >
          <Input
            placeholder="请输入本人银行卡号"
            inputMode="numeric"
            autoComplete="off"
            maxLength={23}
            clearable
          />
        </FormField>
      </Form>
      <NoticeBox title="关于实名认证">
        <p>
          当前使用平台内置核验：只校验姓名、身份证号（校验位、出生日期、年龄）、手机号和银行卡号的格式及相互一致性，不连接银行、支付宝或人脸识别服务核实本人身份。
        </p>
      </NoticeBox>
    </MobilePage>
  );
}
