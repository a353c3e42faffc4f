import { COMPANY_BRAND_LIMITS, type CompanySettings, UpdateCompanyBrandInput } from '@openrecruit/shared';
import { App, Button, Form, Input } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useUpdateBrand } from './api';
import { BenefitTagsPicker } from './BenefitTagsPicker';
import { LogoField, PhotoWall } from './BrandImages';
import { SettingsFrame } from './SettingsFrame';

type Values = { introduction: string; benefitTags: string[] };

/** 公司设置 > 雇主品牌 (seed 002): logo, 单位介绍, 单位照片 and 福利标签, shown to seekers on job pages. */
export function CompanyBrandPage() {
  return (
    <SettingsFrame title="雇主品牌">
      {(settings) => (
        <div style={{ maxWidth: 960 }}>
          <p className="company-settings__hint">
            雇主品牌展示在求职者看到的职位详情页。Logo
            和照片上传后立即生效，单位介绍和福利标签点击保存后生效。
          </p>
          <Form layout="horizontal" labelCol={{ flex: '120px' }}>
            <Form.Item label="单位Logo" extra="JPG或PNG，不超过2MB，建议正方形，边长不超过4096像素">
              <LogoField settings={settings} />
            </Form.Item>
            <Form.Item
              label="单位照片"
              extra={`JPG或PNG，每张不超过5MB，最多${COMPANY_BRAND_LIMITS.photosMax}张`}
            >
              <PhotoWall settings={settings} />
            </Form.Item>
          </Form>
          <BrandTextForm settings={settings} />
        </div>
      )}
    </SettingsFrame>
  );
}

function BrandTextForm({ settings }: { settings: CompanySettings }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateBrand();
  const readOnly = !settings.canEdit;
  const onFinish = (values: Values) =>
    update.mutate(values, {
      onSuccess: () => message.success('已保存，雇主品牌已生效'),
      onError: (error) => {
        if (!applyFieldErrors(form, error, ['introduction', 'benefitTags'])) message.error(messageOf(error));
      },
    });
  return (
    <Form<Values>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '120px' }}
      onFinish={onFinish}
      disabled={readOnly}
      initialValues={{ introduction: settings.brand.introduction, benefitTags: settings.brand.benefitTags }}
    >
      {readOnly ? (
        <Form.Item label="单位介绍">
          <p className="company-settings__text">{settings.brand.introduction || '未填写'}</p>
        </Form.Item>
      ) : (
        <Form.Item
          name="introduction"
          label="单位介绍"
          rules={[schemaRule(UpdateCompanyBrandInput, 'introduction')]}
        >
          <Input.TextArea
            rows={8}
            maxLength={COMPANY_BRAND_LIMITS.introductionMaxChars}
            showCount
            placeholder="介绍单位的主营业务、发展历程、企业文化和人才培养等"
          />
        </Form.Item>
      )}
      <Form.Item
        name="benefitTags"
        label="福利标签"
        rules={[schemaRule(UpdateCompanyBrandInput, 'benefitTags')]}
        extra={`可选择常用标签或自定义，最多${COMPANY_BRAND_LIMITS.benefitTagsMax}个，每个不超过${COMPANY_BRAND_LIMITS.benefitTagMaxChars}个字`}
      >
        <BenefitTagsPicker readOnly={readOnly} />
      </Form.Item>
      {readOnly ? null : (
        <Form.Item label={null}>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            保存
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
