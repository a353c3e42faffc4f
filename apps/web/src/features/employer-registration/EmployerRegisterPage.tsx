import {
  type CompanyLookupResult,
  CompanyVerificationData,
  EmployerRegistrationInput,
  type EmployerRegistrationResult,
} from '@openrecruit/shared';
import { App, Button, Card, Checkbox, Empty, Form, Input, Result, Space, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { AccountStep } from './AccountStep';
import { useCompanyLookup, useSubmitRegistration, useUniversities } from './api';
import './registration.css';

export type RegistrationValues = {
  universityIds?: string[];
  companyName?: string;
  companyCode?: string;
  applicationType?: 'join' | 'become_admin';
  company?: Record<string, string>;
  applicant?: {
    name?: string;
    department?: string;
    mobile?: string;
    password?: string;
    confirmPassword?: string;
  };
  captchaId?: string;
  captcha?: string;
  smsCode?: string;
  authorisationFileId?: string;
};

// 情况一 申请加入: the schema that owns 统一社会信用代码 as this form names it (companyCode).
const JoinCompanyInput = EmployerRegistrationInput.options[1];

const STEP_TITLES = ['选择入驻高校', '填写公司信息', '填写账号信息'];

/**
 * Fields of the last step the server may name in `details.fields`, as the form names them. The
 * others (companyCode, universityIds) belong to earlier steps, so their reason shows as a message.
 */
type ServerField =
  | ['company', keyof EmployerRegistrationCompany]
  | ['applicant', keyof NonNullable<RegistrationValues['applicant']>]
  | 'captcha'
  | 'smsCode'
  | 'authorisationFileId';
type EmployerRegistrationCompany = Extract<EmployerRegistrationInput, { path: 'new_company' }>['company'];
const COMPANY_FIELDS = Object.keys(CompanyVerificationData.shape) as Array<keyof EmployerRegistrationCompany>;
const APPLICANT_FIELDS = ['name', 'department', 'mobile', 'password', 'confirmPassword'] as const;
export const SERVER_FIELDS: ServerField[] = [
  ...COMPANY_FIELDS.map((name): ServerField => ['company', name]),
  ...APPLICANT_FIELDS.map((name): ServerField => ['applicant', name]),
  'captcha',
  'smsCode',
  'authorisationFileId',
];

/** /employer/register: seed 002 「账号注册与认证」, 选择入驻高校 → 填写公司信息 → 填写账号信息 → 提交成功. */
export function EmployerRegisterPage() {
  const [form] = Form.useForm<RegistrationValues>();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [company, setCompany] = useState<CompanyLookupResult>();
  const [result, setResult] = useState<EmployerRegistrationResult>();
  const lookup = useCompanyLookup();
  const submit = useSubmitRegistration();

  useEffect(() => {
    document.title = '单位注册 - 开放招聘';
  }, []);

  const toCompanyStep = () => setStep(1);

  const toAccountStep = async () => {
    const values = await form.validateFields(['companyName', 'companyCode']).catch(() => undefined);
    if (!values) return;
    lookup.mutate(values.companyCode ?? '', {
      onSuccess: (found) => {
        setCompany(found);
        if (!found.known) {
          form.setFieldsValue({
            company: {
              ...form.getFieldValue('company'),
              name: values.companyName?.trim() ?? '',
              code: found.normalizedCode,
            },
          });
        } else if (!form.getFieldValue('applicationType')) {
          form.setFieldsValue({ applicationType: 'join' });
        }
        setStep(2);
      },
      onError: (error) => {
        // The lookup names the query parameter `code`; on this form it is 统一社会信用代码.
        const reason =
          error instanceof ApiError ? error.fields.find((item) => item.field === 'code') : undefined;
        if (reason) {
          form.setFields([{ name: 'companyCode', errors: [reason.reason] }]);
          return;
        }
        message.error(messageOf(error));
      },
    });
  };

  const onSubmit = (values: RegistrationValues, onCaptchaSpoiled: () => void) => {
    const all = { ...form.getFieldsValue(true), ...values } as RegistrationValues;
    const applicant = {
      name: all.applicant?.name ?? '',
      department: all.applicant?.department ?? '',
      mobile: all.applicant?.mobile ?? '',
      password: all.applicant?.password ?? '',
      confirmPassword: all.applicant?.confirmPassword ?? '',
    };
    const common = {
      universityIds: all.universityIds ?? [],
      applicant,
      captchaId: all.captchaId ?? '',
      captcha: all.captcha ?? '',
      smsCode: all.smsCode ?? '',
    };
    let input: EmployerRegistrationInput;
    if (!company?.known) {
      input = {
        path: 'new_company',
        company: all.company as Extract<EmployerRegistrationInput, { path: 'new_company' }>['company'],
        ...common,
      };
    } else if (all.applicationType === 'become_admin') {
      input = {
        path: 'become_admin',
        companyCode: all.companyCode ?? '',
        authorisationFileId: all.authorisationFileId ?? '',
        ...common,
      };
    } else {
      input = { path: 'join', companyCode: all.companyCode ?? '', ...common };
    }
    submit.mutate(input, {
      onSuccess: setResult,
      onError: (error) => {
        onCaptchaSpoiled();
        if (applyFieldErrors(form, error, SERVER_FIELDS)) return;
        message.error(messageOf(error));
      },
    });
  };

  return (
    <main className="employer-register">
      <header className="employer-register__header">
        <Link to="/" className="console-login__brand">
          <span className="console-header__logo" aria-hidden="true">
            聘
          </span>
          开放招聘
        </Link>
        <span className="employer-register__login">
          已有账号？<Link to="/employer/login">登录</Link>
        </span>
      </header>
      <Card
        className="employer-register__card"
        title={<h1 className="employer-register__title">单位注册</h1>}
      >
        {result ? (
          <SubmittedResult result={result} />
        ) : (
          <>
            <Steps
              current={step}
              items={STEP_TITLES.map((title) => ({ title }))}
              className="employer-register__steps"
            />
            <Form
              form={form}
              layout="horizontal"
              labelCol={{ flex: '150px' }}
              wrapperCol={{ flex: '1' }}
              labelWrap
              requiredMark
              scrollToFirstError
              size="large"
              className="employer-register__form"
            >
              {step === 0 ? <UniversitiesStep onNext={toCompanyStep} /> : null}
              {step === 1 ? (
                <CompanyStep onBack={() => setStep(0)} onNext={toAccountStep} checking={lookup.isPending} />
              ) : null}
              {step === 2 && company ? (
                <AccountStep
                  form={form}
                  company={company}
                  submitting={submit.isPending}
                  onBack={() => setStep(1)}
                  onSubmit={onSubmit}
                />
              ) : null}
            </Form>
          </>
        )}
      </Card>
    </main>
  );
}

function UniversitiesStep({ onNext }: { onNext: () => void }) {
  const universities = useUniversities();
  return (
    <section aria-labelledby="register-universities">
      <h2 id="register-universities" className="employer-register__section">
        选择入驻高校，便于您开展入校招聘
      </h2>
      <QueryState query={universities} loading="spin">
        {(data) =>
          data.length > 0 ? (
            <Form.Item name="universityIds" label="入驻高校">
              <Checkbox.Group
                className="employer-register__universities"
                options={data.map((item) => ({ value: item.id, label: item.name }))}
              />
            </Form.Item>
          ) : (
            <Empty description="暂无可入驻的高校" />
          )
        }
      </QueryState>
      <div className="employer-register__actions">
        <Button type="primary" onClick={onNext}>
          下一步
        </Button>
      </div>
    </section>
  );
}

function CompanyStep({
  onBack,
  onNext,
  checking,
}: {
  onBack: () => void;
  onNext: () => void;
  checking: boolean;
}) {
  const name = Form.useWatch('companyName') as string | undefined;
  const keyword = encodeURIComponent(name?.trim() ?? '');
  return (
    <section aria-labelledby="register-company">
      <h2 id="register-company" className="employer-register__section">
        步骤一：填写公司信息
      </h2>
      <Form.Item
        name="companyName"
        label="单位名称"
        rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}
        extra={
          <Space size="middle" className="employer-register__registry">
            <a
              href={`https://www.qcc.com/web/search?key=${keyword}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              企查查
            </a>
            <a href={`https://www.qixin.com/search?key=${keyword}`} target="_blank" rel="noopener noreferrer">
              启信宝
            </a>
          </Space>
        }
      >
        <Input placeholder="必填，请输入营业执照上的单位名称" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="companyCode"
        label="统一社会信用代码"
        rules={[schemaRule(JoinCompanyInput, 'companyCode')]}
        validateFirst
        required
      >
        <Input placeholder="必填，18位统一社会信用代码 / 9位组织机构代码" maxLength={20} />
      </Form.Item>
      <div className="employer-register__actions">
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" onClick={onNext} loading={checking}>
          下一步
        </Button>
      </div>
    </section>
  );
}

function SubmittedResult({ result }: { result: EmployerRegistrationResult }) {
  return (
    <Result
      status="success"
      title={<h2 className="employer-register__result-title">提交成功</h2>}
      subTitle="您的申请资料已成功提交，请等待审核。"
    >
      <div className="employer-register__next">
        <h3>接下来</h3>
        <p>{result.nextSteps}</p>
        <p>审核结果将通过站内消息和短信通知您；绑定微信接收审核通知的功能将在后续版本开放。</p>
        <Link to="/employer/login">返回登录</Link>
      </div>
    </Result>
  );
}
