import {
  CompleteSeekerProfileInput,
  EDUCATION_LEVELS,
  labelOf,
  POLITICAL_STATUSES,
  type SeekerProfile,
} from '@openrecruit/shared';
import { Button, Dialog, Form, Toast } from 'antd-mobile';
import type { ReactNode } from 'react';
import { FormField } from '../../components/mobile/FormField';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { OptionPicker, type PickerOption } from '../../components/mobile/OptionPicker';
import { SectionCard } from '../../components/mobile/SectionCard';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useCompleteProfile, useRefreshProfile, useSeekerProfile } from './api';
import './profile.css';

/** Seed 000 §三.2, word for word. */
export const PROFILE_LOCK_NOTE = '注：上述信息提交成功后无法在 APP 中修改，如需修改请前往各区就业促进中心。';

const FIELD_NAMES = ['education', 'politicalStatus'] as const;

/**
 * Seed 000 §三.2: before the first search the seeker picks 学历 and 政治面貌, confirms, and submits
 * once; afterwards only a district centre changes them.
 */
export function CompleteProfileForm({ onCompleted }: { onCompleted?: () => void }) {
  const [form] = Form.useForm<CompleteSeekerProfileInput>();
  const complete = useCompleteProfile();
  const refreshProfile = useRefreshProfile();

  const submit = (values: CompleteSeekerProfileInput) =>
    complete.mutate(values, {
      onSuccess: async () => {
        Toast.show({ content: '个人信息已提交', icon: 'success' });
        onCompleted?.();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PROFILE_LOCKED') {
          void refreshProfile();
        }
        if (!applyFieldErrors(form, error, FIELD_NAMES))
          Toast.show({ content: messageOf(error), icon: 'fail' });
      },
    });

  const onFinish = async (values: CompleteSeekerProfileInput) => {
    const confirmed = await Dialog.confirm({
      title: '请确认个人信息',
      content: (
        <div className="m-profile-confirm">
          <dl>
            <dt>学历</dt>
            <dd>{labelOf(EDUCATION_LEVELS, values.education)}</dd>
            <dt>政治面貌</dt>
            <dd>{labelOf(POLITICAL_STATUSES, values.politicalStatus)}</dd>
          </dl>
          <p>提交成功后无法在 APP 中修改，确认无误后再提交。</p>
        </div>
      ),
      confirmText: '确认提交',
      cancelText: '返回修改',
    });
    if (confirmed) submit(values);
  };

  return (
    <section className="m-profile-form" aria-labelledby="complete-profile-title">
      <p id="complete-profile-title" className="m-profile-form__lead">
        请完善个人信息，并确认正确后提交
      </p>
      <Form
        form={form}
        className="m-form"
        layout="horizontal"
        requiredMarkStyle="none"
        onFinish={(values) => void onFinish(values)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={complete.isPending}>
            提交
          </Button>
        }
      >
        <ProfilePicker name="education" label="学历" options={EDUCATION_LEVELS} />
        <ProfilePicker name="politicalStatus" label="政治面貌" options={POLITICAL_STATUSES} />
      </Form>
      <p className="m-profile-note">{PROFILE_LOCK_NOTE}</p>
    </section>
  );
}

/** One of the form's two fields; the picker's pop-up is titled with the field's label. */
function ProfilePicker({
  name,
  label,
  options,
}: {
  name: (typeof FIELD_NAMES)[number];
  label: string;
  options: readonly PickerOption[];
}) {
  return (
    <FormField name={name} label={label} rules={[schemaRule(CompleteSeekerProfileInput, name)]}>
      <OptionPicker label={label} options={options} />
    </FormField>
  );
}

/** 学历 and 政治面貌 once submitted: read-only, with the seed's note. */
export function ProfileFacts({ profile }: { profile: SeekerProfile }) {
  return (
    <SectionCard id="profile-facts-title" title="个人信息">
      <dl className="m-facts">
        <dt>学历</dt>
        <dd>{labelOf(EDUCATION_LEVELS, profile.education) ?? '未填写'}</dd>
        <dt>政治面貌</dt>
        <dd>{labelOf(POLITICAL_STATUSES, profile.politicalStatus) ?? '未填写'}</dd>
      </dl>
      <p className="m-profile-note m-profile-note--inline">{PROFILE_LOCK_NOTE}</p>
    </SectionCard>
  );
}

/** Pages that need 学历 and 政治面貌 (job search, job detail): the form first when they are missing. */
export function ProfileGate({ children }: { children: ReactNode }) {
  const profile = useSeekerProfile();
  if (profile.isPending) return <LoadingBlock />;
  if (profile.isError) return <LoadFailed error={profile.error} retry={() => void profile.refetch()} />;
  if (!profile.data.profileCompleted) return <CompleteProfileForm />;
  return children;
}
