import type { Resume, UpdateResumeInput } from '@openrecruit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, messageOf } from '../../lib/api';
import { seekerApi, seekerKeys } from './api';
import { type DraftErrors, draftFromResume, type ResumeDraft, validateDraft } from './resume-draft';

/** A change to the draft, as a function of the draft it applies to. */
export type Update = (change: (draft: ResumeDraft) => ResumeDraft) => void;

/**
 * The PC editor's state: the draft, its field errors and 保存简历 (PUT /api/seeker/resume). Errors
 * show after the first 保存; the server's field errors land on the same fields.
 */
export function useResumeEditor(resume: Resume) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ResumeDraft>(() => draftFromResume(resume));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: (input: UpdateResumeInput) => seekerApi.saveResume(input),
  });

  const update: Update = (change) => setDraft(change);

  // After a first 保存, errors follow the typing so a fixed field loses its message at once.
  useEffect(() => {
    if (submitted) setErrors(validateDraft(draft).errors);
  }, [draft, submitted]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const { input, errors: found } = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      Toast.show({ content: '请按提示修改后再保存', icon: 'fail' });
      // The first field with a message, for keyboard and screen-reader users.
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    save.mutate(input, {
      onSuccess: (saved) => {
        queryClient.setQueryData(seekerKeys.resume, saved);
        Toast.show({ content: '简历已保存', icon: 'success' });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setErrors(Object.fromEntries(error.fields.map((field) => [field.field, field.reason])));
        }
        Toast.show({ content: messageOf(error), icon: 'fail' });
      },
    });
  };

  /** 撤销修改: back to the saved resume, without messages. */
  const reset = () => {
    setDraft(draftFromResume(resume));
    setErrors({});
    setSubmitted(false);
  };

  return { draft, errors, update, onSubmit, reset, saving: save.isPending };
}
