import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { type InterviewRef, useInterviewMessages, useSendMessage } from './api';
import './video-interviews.css';

/**
 * 文字沟通: the text interview, or the call's fallback when media fail. Plain elements, so the
 * console and the phone share it; the newest message is announced to screen readers.
 */
export function TextInterview({ interview, readOnly }: { interview: InterviewRef; readOnly?: boolean }) {
  const messages = useInterviewMessages(interview);
  const send = useSendMessage(interview);
  const interviewId = interview.interviewId;
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const items = messages.data?.items ?? [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when a message arrives
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [items.length]);

  const submit = () => {
    const body = draft.trim();
    if (!body) return;
    send.mutate(body, { onSuccess: () => setDraft('') });
  };

  return (
    <section className="vi-chat" aria-label="文字沟通">
      <ol className="vi-chat__list" ref={list} aria-live="polite">
        {items.length === 0 ? (
          <li className="vi-chat__empty">还没有消息，发送第一条消息开始文字面试</li>
        ) : null}
        {items.map((m) => (
          <li key={m.id} className={m.mine ? 'vi-chat__msg vi-chat__msg--mine' : 'vi-chat__msg'}>
            <span className="vi-chat__who">
              {m.sender === 'company' ? '面试官' : '求职者'} {formatTime(m.createdAt)}
            </span>
            <span className="vi-chat__body">{m.body}</span>
          </li>
        ))}
      </ol>
      {messages.isError ? <p className="vi-error">{messageOf(messages.error)}</p> : null}
      {send.isError ? <p className="vi-error">{messageOf(send.error)}</p> : null}
      {readOnly ? null : (
        <form
          className="vi-chat__form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label className="vi-chat__label" htmlFor={`vi-chat-${interviewId}`}>
            消息
          </label>
          <textarea
            id={`vi-chat-${interviewId}`}
            className="vi-chat__input"
            value={draft}
            maxLength={500}
            rows={2}
            placeholder="输入消息，按Enter发送"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                submit();
              }
            }}
          />
          <button type="submit" className="vi-chat__send" disabled={send.isPending || !draft.trim()}>
            发送
          </button>
        </form>
      )}
    </section>
  );
}
