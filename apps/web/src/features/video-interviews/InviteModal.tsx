import type { CreateVideoInvitationInput } from '@openrecruit/shared';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { useFairRegistrationId, useInvite, useRegistration } from './api';

type InviteForm = { room: number; jobId?: string; message?: string };

/**
 * 邀请面试: the room the student will queue in, the job, and a message. `origin` says where it came
 * from (求职者大厅 `hall`, the room's 从人才大厅邀请 `room`, 从简历管理邀请 `resumes`).
 */
export function InviteModal({
  fairId,
  student,
  origin,
  defaultRegistrationId,
  defaultRoom,
  defaultJobId,
  onClose,
}: {
  fairId: string;
  student: { seekerAccountId: string; name: string };
  origin: CreateVideoInvitationInput['origin'];
  defaultRegistrationId?: string;
  defaultRoom?: number;
  defaultJobId?: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteForm>();
  const lookup = useFairRegistrationId(fairId, !defaultRegistrationId);
  const registrationId = defaultRegistrationId ?? lookup.data ?? null;
  const registration = useRegistration(registrationId);
  const invite = useInvite(registrationId ?? '');
  const notRegistered = !defaultRegistrationId && lookup.isSuccess && lookup.data === null;

  const submit = (values: InviteForm) =>
    invite.mutate(
      {
        seekerAccountId: student.seekerAccountId,
        room: values.room,
        jobId: values.jobId ?? null,
        message: values.message?.trim() ?? '',
        origin,
      },
      {
        onSuccess: () => {
          message.success(`已邀请${student.name}参加视频面试，对方接受后将在面试间排队`);
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['room', 'jobId', 'message'])) message.error(messageOf(error));
        },
      },
    );

  const rooms = registration.data?.interviewers ?? [];
  return (
    <Modal
      open
      title={`邀请面试：${student.name}`}
      okText="发送邀请"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: invite.isPending, disabled: !registration.data }}
      destroyOnHidden
    >
      {notRegistered ? (
        <Alert type="warning" showIcon title="贵单位尚未通过本场双选会的报名审核，暂不能邀请面试。" />
      ) : null}
      {registration.isError ? <Alert type="error" showIcon title={messageOf(registration.error)} /> : null}
      <Form<InviteForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ room: defaultRoom ?? 1, jobId: defaultJobId }}
      >
        <Form.Item name="room" label="面试间" rules={[{ required: true, message: '请选择面试间' }]}>
          <Select
            loading={registration.isPending && Boolean(registrationId)}
            options={rooms.map((r) => ({ value: r.room, label: `面试间${r.room}（${r.name}）` }))}
          />
        </Form.Item>
        <Form.Item name="jobId" label="职位">
          <Select
            allowClear
            placeholder="不指定职位"
            options={(registration.data?.jobs ?? []).map((j) => ({ value: j.id, label: j.title }))}
          />
        </Form.Item>
        <Form.Item name="message" label="留言" rules={[{ max: 200, message: '留言不能超过200个字' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：欢迎参加我们的视频面试" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
