import {
  type EvaluateVideoInterviewInput,
  VIDEO_INTERVIEW_NEXT_STEPS,
  VIDEO_INTERVIEW_TAGS,
} from '@openrecruit/shared';
import { App, Checkbox, Form, Input, Modal, Radio, Rate } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { useEvaluate } from './api';

const SCORE_WORDS = ['不合适', '较差', '一般', '良好', '优秀'];

type EvaluationForm = Omit<EvaluateVideoInterviewInput, 'jobId'>;

/** Seed 002 ⑨ 面试结束对求职者进行评价: 评分, 标签, 评语, 下一步; filed on the resume in 简历管理. */
export function EvaluationModal({
  registrationId,
  interview,
  onDone,
}: {
  registrationId: string;
  interview: { id: string; studentName: string; jobId: string | null };
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationForm>();
  const evaluate = useEvaluate(registrationId);

  const submit = (values: EvaluationForm) =>
    evaluate.mutate(
      {
        interviewId: interview.id,
        input: { ...values, comment: values.comment?.trim() ?? '', jobId: interview.jobId },
      },
      {
        onSuccess: () => {
          message.success('评价已提交，已记录到简历管理');
          onDone();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['score', 'tags', 'comment', 'nextStep']))
            message.error(messageOf(error));
        },
      },
    );

  return (
    <Modal
      open
      title={`面试评价：${interview.studentName}`}
      okText="提交评价"
      cancelText="稍后评价"
      onOk={() => form.submit()}
      onCancel={onDone}
      okButtonProps={{ loading: evaluate.isPending }}
      maskClosable={false}
      destroyOnHidden
    >
      <Form<EvaluationForm> form={form} layout="vertical" onFinish={submit} initialValues={{ tags: [] }}>
        <Form.Item name="score" label="评分" rules={[{ required: true, message: '请评分' }]}>
          <Rate tooltips={SCORE_WORDS} aria-label="评分（1-5星）" />
        </Form.Item>
        <Form.Item name="tags" label="标签">
          <Checkbox.Group options={VIDEO_INTERVIEW_TAGS.map((tag) => ({ value: tag, label: tag }))} />
        </Form.Item>
        <Form.Item name="comment" label="评语" rules={[{ max: 500, message: '评语最多500字' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="nextStep" label="下一步" rules={[{ required: true, message: '请选择下一步' }]}>
          <Radio.Group
            optionType="button"
            options={VIDEO_INTERVIEW_NEXT_STEPS.map((step) => ({ value: step.code, label: step.label }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
