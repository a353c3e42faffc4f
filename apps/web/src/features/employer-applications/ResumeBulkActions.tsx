import { APPLICATION_MARKS, type ApplicationMark } from '@openrecruit/shared';
import { Button, Dropdown, Modal, Progress } from 'antd';
import type { useResumeSelection } from './use-resume-selection';

type Props = { selection: ReturnType<typeof useResumeSelection> };

/** 标记 and 批量下载 for the ticked resumes, and the zip's progress while it downloads. */
export function ResumeBulkActions({ selection }: Props) {
  const { selected, marking, markSelected, progress, downloadSelected } = selection;
  const started = progress !== undefined && progress.received > 0;
  const percent =
    progress?.total && progress.total > 0
      ? Math.min(100, Math.round((progress.received / progress.total) * 100))
      : 0;
  return (
    <>
      <div className="resumes-bulk" aria-live="polite">
        <span>{selected.length > 0 ? `已选 ${selected.length} 份简历` : '勾选简历后可批量标记或下载'}</span>
        <Dropdown
          disabled={selected.length === 0 || marking}
          trigger={['click']}
          menu={{
            items: [
              ...APPLICATION_MARKS.map((item) => ({ key: item.code, label: `标记为“${item.label}”` })),
              { type: 'divider' as const },
              { key: 'clear', label: '取消标记（回到未处理）' },
            ],
            onClick: ({ key }) => markSelected(key === 'clear' ? null : (key as ApplicationMark)),
          }}
        >
          <Button loading={marking}>标记</Button>
        </Dropdown>
        <Button disabled={selected.length === 0} loading={progress !== undefined} onClick={downloadSelected}>
          批量下载
        </Button>
      </div>
      <Modal
        open={progress !== undefined}
        closable={false}
        footer={null}
        title="批量下载简历"
        maskClosable={false}
      >
        <p>
          {started
            ? `正在下载 ${progress.count} 份简历…`
            : `正在生成 ${progress?.count ?? 0} 份简历的 PDF，请稍候…`}
        </p>
        <Progress
          percent={started ? percent : 0}
          status="active"
          aria-label="下载进度"
          format={(value) => (started ? `${value}%` : '生成中')}
        />
      </Modal>
    </>
  );
}
