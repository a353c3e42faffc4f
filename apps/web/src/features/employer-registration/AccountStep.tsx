import {
  type CompanyLookupResult,
  CompanyVerificationData,
  RegistrationApplicant,
  UPLOAD_MAX_BYTES,
} from '@openrecruit/shared';
import { Alert, App, Button, Form, type FormInstance, Input, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { DocumentUpload } from '../../components/console/DocumentUpload';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { uploadRegistrationFile, useCaptcha, useDictionaries, useSendSmsCode } from './api';
import type { RegistrationValues } from './EmployerRegisterPage';

type Props = {
  form: FormInstance<RegistrationValues>;
  company: CompanyLookupResult;
  submitting: boolean;
  onBack: () => void;
  onSubmit: (values: RegistrationValues, onCaptchaSpoiled: () => void) => void;
};

/** 步骤二：填写账号信息 (情况一, a known company) or 步骤三：企业认证资料 (情况二) and then the applicant. */
export function AccountStep({ form, company, submitting, onBack, onSubmit }: Props) {
  const captcha = useCaptcha();
  const applicationType = Form.useWatch('applicationType', form);

  useEffect(() => {
    if (captcha.data) form.setFieldsValue({ captchaId: captcha.data.captchaId });
  }, [captcha.data, form]);

  const refreshCaptcha = () => {
    form.setFieldsValue({ captcha: '' });
    void captcha.refetch();
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values) onSubmit(values, refreshCaptcha);
  };

  return (
    <section aria-labelledby="register-account">
      <h2 id="register-account" className="employer-register__section">
        {company.known ? '步骤二：填写账号信息' : '步骤三：企业认证资料'}
      </h2>
      {company.known ? (
        <KnownCompany company={company} applicationType={applicationType} />
      ) : (
        <NewCompanyFields />
      )}
      <h3 className="employer-register__subsection">账号信息</h3>
      <Form.Item
        name={['applicant', 'name']}
        label="用户姓名"
        rules={[schemaRule(RegistrationApplicant, 'name', ['applicant'])]}
        extra="*请输入您的真实姓名，否则审核不通过"
        required
      >
        <Input placeholder="请输入您的真实姓名" maxLength={30} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'department']}
        label="所属部门"
        rules={[schemaRule(RegistrationApplicant, 'department', ['applicant'])]}
        required
      >
        <Input placeholder="请输入所属部门" maxLength={50} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'mobile']}
        label="联系手机"
        rules={[schemaRule(RegistrationApplicant, 'mobile', ['applicant'])]}
        required
      >
        <Input placeholder="请输入手机（同时可用于账号登录）" maxLength={11} autoComplete="tel" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'password']}
        label="登录密码"
        rules={[schemaRule(RegistrationApplicant, 'password', ['applicant'])]}
        required
      >
        <Input.Password placeholder="请输入登录密码" autoComplete="new-password" maxLength={64} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'confirmPassword']}
        label="确认密码"
        dependencies={[['applicant', 'password']]}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (!value) throw new Error('请再次输入登录密码');
              if (value !== getFieldValue(['applicant', 'password'])) throw new Error('两次输入的密码不一致');
            },
          }),
        ]}
      >
        <Input.Password placeholder="请再次输入登录密码" autoComplete="new-password" maxLength={64} />
      </Form.Item>
      <Form.Item name="captchaId" hidden>
        <Input />
      </Form.Item>
      <Form.Item label="图形验证码" required>
        <Space>
          <Form.Item
            name="captcha"
            noStyle
            rules={[{ required: true, whitespace: true, message: '请输入图形验证码' }]}
          >
            <Input placeholder="图形验证码" maxLength={8} aria-label="图形验证码" style={{ width: 200 }} />
          </Form.Item>
          <button
            type="button"
            className="employer-register__captcha"
            onClick={refreshCaptcha}
            title="看不清？点击换一张"
          >
            {captcha.data ? (
              <img src={captcha.data.image} alt="图形验证码，点击换一张" width={120} height={40} />
            ) : (
              <span>{captcha.isError ? '加载失败，点击重试' : '加载中'}</span>
            )}
          </button>
        </Space>
      </Form.Item>
      <SmsCodeField form={form} onCaptchaSpoiled={refreshCaptcha} />
      <div className="employer-register__actions">
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" onClick={submit} loading={submitting}>
          提交
        </Button>
      </div>
    </section>
  );
}

function KnownCompany({
  company,
  applicationType,
}: {
  company: Extract<CompanyLookupResult, { known: true }>;
  applicationType: RegistrationValues['applicationType'];
}) {
  const admin = company.adminSurnameMasked ? `，管理员是${company.adminSurnameMasked}` : '';
  return (
    <>
      <Alert
        type="info"
        showIcon
        className="employer-register__prompt"
        title={`提示：该公司之前已被注册${admin}，您可以选择向该管理员申请加入公司，或者申请成为管理员。`}
      />
      <Form.Item label="单位名称">
        <span>{company.companyName}</span>
      </Form.Item>
      <Form.Item
        name="applicationType"
        label="申请类型"
        extra={
          applicationType === 'become_admin'
            ? '单位管理员只有一个，申请后可替代之前管理员，由平台认证，非管理员请勿申请。'
            : '申请后请联系公司的管理员认证。'
        }
      >
        <Radio.Group
          options={[
            { value: 'join', label: '申请加入公司' },
            { value: 'become_admin', label: '申请成为管理员' },
          ]}
        />
      </Form.Item>
      {applicationType === 'become_admin' ? (
        <>
          <Form.Item label="账号授权书">
            <a href="/api/public/employer-registration/authorisation-template" download>
              下载账号授权书模板（拍照上传）
            </a>
          </Form.Item>
          <Form.Item
            name="authorisationFileId"
            label="认证材料"
            rules={[{ required: true, message: '请上传账号授权书' }]}
            extra={`支持 JPG、PNG、PDF，不超过${UPLOAD_MAX_BYTES / 1024 / 1024}MB`}
          >
            <DocumentUpload upload={uploadRegistrationFile} subject="认证材料" buttonText="上传认证材料" />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}

/** 情况二 步骤三：企业认证资料, pickers from /api/public/dictionaries. */
function NewCompanyFields() {
  const dictionaries = useDictionaries();
  const options = (kind: string) =>
    (dictionaries.data?.[kind] ?? []).map((item) => ({ value: item.code, label: item.label }));
  const select = {
    showSearch: { optionFilterProp: 'label' as const },
    loading: dictionaries.isPending,
    placeholder: '必填，请选择',
  };
  return (
    <>
      <Form.Item
        name={['company', 'name']}
        label="单位名称"
        rules={[schemaRule(CompanyVerificationData, 'name', ['company'])]}
        required
      >
        <Input placeholder="必填，营业执照上的单位名称" maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['company', 'code']}
        label="统一社会信用代码"
        rules={[schemaRule(CompanyVerificationData, 'code', ['company'])]}
        required
      >
        <Input placeholder="必填，18位统一社会信用代码 / 9位组织机构代码" maxLength={20} />
      </Form.Item>
      <Form.Item
        name={['company', 'province']}
        label="所在省份"
        rules={[schemaRule(CompanyVerificationData, 'province', ['company'])]}
        required
      >
        <Select {...select} options={options('province')} />
      </Form.Item>
      <Form.Item
        name={['company', 'city']}
        label="所在城市"
        rules={[schemaRule(CompanyVerificationData, 'city', ['company'])]}
        required
      >
        <Input placeholder="必填，如：长沙" maxLength={30} />
      </Form.Item>
      <Form.Item
        name={['company', 'address']}
        label="单位地址"
        rules={[schemaRule(CompanyVerificationData, 'address', ['company'])]}
        required
      >
        <Input placeholder="必填，如：湖南省长沙市岳麓区岳麓大道1111号" maxLength={200} />
      </Form.Item>
      <Form.Item
        name={['company', 'landline']}
        label="固定电话"
        rules={[schemaRule(CompanyVerificationData, 'landline', ['company'])]}
        required
      >
        <Input placeholder="必填，如：0731-88888888" maxLength={20} />
      </Form.Item>
      <Form.Item
        name={['company', 'email']}
        label="单位邮箱"
        rules={[schemaRule(CompanyVerificationData, 'email', ['company'])]}
        required
      >
        <Input placeholder="必填，单位官方邮箱 如：yunyan@bibi.net" maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['company', 'recruitEmail']}
        label="招聘邮箱"
        rules={[schemaRule(CompanyVerificationData, 'recruitEmail', ['company'])]}
        required
      >
        <Input placeholder="必填，如：zhaopin@bibi.net" maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['company', 'postcode']}
        label="邮编"
        rules={[schemaRule(CompanyVerificationData, 'postcode', ['company'])]}
        required
      >
        <Input placeholder="必填，如：100000" maxLength={6} />
      </Form.Item>
      <Form.Item
        name={['company', 'nature']}
        label="单位性质"
        rules={[schemaRule(CompanyVerificationData, 'nature', ['company'])]}
        required
      >
        <Select {...select} options={options('company_nature')} />
      </Form.Item>
      <Form.Item
        name={['company', 'industry']}
        label="所属行业"
        rules={[schemaRule(CompanyVerificationData, 'industry', ['company'])]}
        required
        extra="影响到招聘信息的精准推送、学生邀约精准匹配"
      >
        <Select {...select} options={options('industry')} />
      </Form.Item>
    </>
  );
}

/** 手机验证码 with 获取验证码: checks the picture captcha, which is then used up. */
function SmsCodeField({
  form,
  onCaptchaSpoiled,
}: {
  form: FormInstance<RegistrationValues>;
  onCaptchaSpoiled: () => void;
}) {
  const { message } = App.useApp();
  const send = useSendSmsCode();
  const [secondsLeft, setSecondsLeft] = useState(0);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = window.setTimeout(() => setSecondsLeft((seconds) => seconds - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [secondsLeft]);

  const onSend = async () => {
    const values = await form
      .validateFields([['applicant', 'mobile'], 'captcha'], { recursive: false })
      .catch(() => undefined);
    if (!values) return;
    send.mutate(
      {
        mobile: form.getFieldValue(['applicant', 'mobile']) as string,
        captchaId: form.getFieldValue('captchaId') as string,
        captcha: form.getFieldValue('captcha') as string,
      },
      {
        onSuccess: (sent) => {
          setSecondsLeft(sent.resendAfterSeconds > 0 ? sent.resendAfterSeconds : 60);
          message.success(`验证码已发送至${sent.mobileMasked}，请重新输入图形验证码后提交`);
          onCaptchaSpoiled();
        },
        onError: (error) => {
          onCaptchaSpoiled();
          const mapped =
            error instanceof ApiError
              ? new ApiError(error.status, {
                  code: error.code as never,
                  message: error.message,
                  details: {
                    ...error.details,
                    fields: error.fields.map((item) =>
                      item.field === 'mobile' ? { ...item, field: 'applicant.mobile' } : item,
                    ),
                  },
                })
              : error;
          if (applyFieldErrors(form, mapped, [['applicant', 'mobile'], 'captcha'])) return;
          message.error(messageOf(error));
        },
      },
    );
  };

  return (
    <Form.Item label="手机验证码" required>
      <Space>
        <Form.Item
          name="smsCode"
          noStyle
          rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入6位手机验证码' }]}
        >
          <Input
            placeholder="请输入手机验证码"
            maxLength={6}
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-label="手机验证码"
            style={{ width: 200 }}
          />
        </Form.Item>
        <Button onClick={onSend} disabled={secondsLeft > 0} loading={send.isPending}>
          {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : '获取验证码'}
        </Button>
      </Space>
    </Form.Item>
  );
}
