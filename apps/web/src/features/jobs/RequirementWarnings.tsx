import { Dialog } from 'antd-mobile';
import { NoticeBox } from '../../components/mobile/NoticeBox';

function WarningList({ warnings }: { warnings: string[] }) {
  return (
    <ul className="m-warning-list">
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}

/** The requirements of the job (age, education) the seeker does not meet, above its detail. */
export function RequirementWarnings({ warnings }: { warnings: string[] }) {
  return (
    <NoticeBox tone="warning" title="您不完全符合该岗位的要求">
      <WarningList warnings={warnings} />
    </NoticeBox>
  );
}

/** The rule: a job whose age or education is not met may still be applied to, after a warning. */
export function confirmWarnings(
  warnings: string[],
  lead = '您不完全符合该岗位的以下要求：',
): Promise<boolean> {
  return Dialog.confirm({
    title: '确认应聘',
    content: (
      <div>
        <p className="m-dialog-text">{lead}</p>
        {warnings.length > 0 ? <WarningList warnings={warnings} /> : null}
        <p className="m-dialog-text">是否仍要应聘？</p>
      </div>
    ),
    confirmText: '仍要应聘',
    cancelText: '取消',
  });
}
