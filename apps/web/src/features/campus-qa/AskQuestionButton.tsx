import { CAMPUS_QA_LIMITS, type CampusQuestionContextKind, CampusQuestionInput } from '@openrecruit/shared';
import { Button, Popup, TextArea, Toast } from 'antd-mobile';
import { useId, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { messageOf } from '../../lib/api';
import { loginPathFor } from '../../lib/return-path';
import { useSession } from '../../lib/session';
import { useAskCampusQuestion } from './api';
import './campus-qa.css';

// 提问 (校招答疑): a student asks the company from a brochure, job, fair or presentation page, or its
// campus page. Logged out, the button leads to 登录 and back here. The answer arrives as a notice
// and in 我的提问.

export interface AskQuestionButtonProps {
  companyId: string;
  companyName?: string;
  contextKind: CampusQuestionContextKind;
  contextId?: string;
  label?: string;
  block?: boolean;
}

const { questionMin, questionMax } = CAMPUS_QA_LIMITS;

export function AskQuestionButton({
  companyId,
  companyName,
  contextKind,
  contextId,
  label = '提问',
  block,
}: AskQuestionButtonProps) {
  const session = useSession('seeker');
  const navigate = useNavigate();
  const location = useLocation();
  const ask = useAskCampusQuestion();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  const start = () => {
    if (!session.data) {
      navigate(loginPathFor('/m/login', location));
      return;
    }
    setError(null);
    setOpen(true);
  };

  const submit = () => {
    const input = { companyId, contextKind, ...(contextId ? { contextId } : {}), question: text };
    const parsed = CampusQuestionInput.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请填写问题');
      return;
    }
    ask.mutate(input, {
      onSuccess: () => {
        setOpen(false);
        setText('');
        Toast.show({ content: '已提交，单位回复后会通知你', position: 'bottom' });
      },
      onError: (failure) => setError(messageOf(failure)),
    });
  };

  return (
    <>
      <Button color="primary" fill="outline" block={block} onClick={start}>
        {label}
      </Button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, padding: 16 }}
        aria-label="向单位提问"
      >
        <div className="m-ask">
          <h2 className="m-ask__title">向{companyName ?? '单位'}提问</h2>
          <label htmlFor={fieldId} className="m-ask__label">
            你的问题（{questionMin}-{questionMax}个字）
          </label>
          <TextArea
            id={fieldId}
            value={text}
            onChange={setText}
            rows={5}
            maxLength={questionMax}
            showCount
            placeholder="如：请问是否接受非相关专业的同学？"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
          />
          {error ? (
            <p id={`${fieldId}-error`} role="alert" className="m-ask__error">
              {error}
            </p>
          ) : null}
          <p className="m-ask__hint">
            单位回复后会通知你，也可在<Link to="/m/campus/questions">我的提问</Link>中查看。
          </p>
          <div className="m-ask__actions">
            <Button onClick={() => setOpen(false)}>取消</Button>
            <Button color="primary" loading={ask.isPending} onClick={submit}>
              提交
            </Button>
          </div>
        </div>
      </Popup>
    </>
  );
}
