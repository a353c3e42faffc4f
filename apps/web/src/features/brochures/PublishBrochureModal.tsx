import type { BrochureSummary } from '@openrecruit/shared';
import { Alert, App, Checkbox, Empty, Modal, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { useEntryOptions, usePublishBrochure } from './api';

// 发布: choose the entered universities (seed 002: 已入驻相应学校则可直接…操作); one not entered is
// shown disabled with 去入驻, one still reviewing this brochure is disabled as 审核中.

export function PublishBrochureModal({
  brochure,
  onClose,
}: {
  brochure: BrochureSummary | null;
  onClose: () => void;
}) {
  const open = brochure !== null;
  const entries = useEntryOptions(open);
  const publish = usePublishBrochure();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setChosen([]);
      setError(null);
    }
  }, [open]);

  const pendingAt = new Set(
    (brochure?.publications ?? [])
      .filter((p) => p.state === 'pending' || p.state === 'published_pending')
      .map((p) => p.university.id),
  );
  const items = entries.data?.items ?? [];
  const entered = items.filter((entry) => entry.state === 'entered');
  const others = items.filter((entry) => entry.state !== 'entered');

  const submit = () => {
    if (!brochure) return;
    if (!chosen.length) {
      setError('请选择要发布的高校');
      return;
    }
    publish.mutate(
      { id: brochure.id, input: { universityIds: chosen } },
      {
        onSuccess: () => {
          message.success('已提交高校审核，学校将在两个工作日内审核');
          onClose();
        },
        onError: (failure) => setError(messageOf(failure)),
      },
    );
  };

  return (
    <Modal
      title={`发布招聘简章：${brochure?.title ?? ''}`}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText="发布"
      cancelText="取消"
      confirmLoading={publish.isPending}
      destroyOnHidden
      width={560}
    >
      <p>选择已入驻的高校，学校将在两个工作日内审核，审核结果会通过消息通知和微信公众号推送。</p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      {entries.isPending ? (
        <Spin />
      ) : entries.isError ? (
        <Alert type="error" showIcon title={messageOf(entries.error)} />
      ) : items.length === 0 ? (
        <Empty description="暂无高校" />
      ) : (
        <fieldset className="brochures__universities" style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend className="brochures__section-title">发布高校</legend>
          {entered.length === 0 ? (
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  贵单位尚未入驻任何高校，请先<Link to="/employer/campus/universities">去入驻</Link>。
                </span>
              }
            />
          ) : null}
          {entered.map((entry) => {
            const busy = pendingAt.has(entry.university.id);
            return (
              <div key={entry.university.id} className="brochures__university">
                <Checkbox
                  checked={chosen.includes(entry.university.id)}
                  disabled={busy}
                  onChange={(event) =>
                    setChosen((list) =>
                      event.target.checked
                        ? [...list, entry.university.id]
                        : list.filter((id) => id !== entry.university.id),
                    )
                  }
                >
                  {entry.university.name}
                </Checkbox>
                {busy ? <Tag color="processing">审核中</Tag> : null}
              </div>
            );
          })}
          {others.map((entry) => (
            <div key={entry.university.id} className="brochures__university">
              <Checkbox disabled>{entry.university.name}</Checkbox>
              <Tag>{entry.state === 'pending' ? '入驻审核中' : '未入驻'}</Tag>
              {entry.state === 'pending' ? null : (
                <Link to="/employer/campus/universities" aria-label={`去入驻：${entry.university.name}`}>
                  去入驻
                </Link>
              )}
            </div>
          ))}
        </fieldset>
      )}
    </Modal>
  );
}
