import type { EmployerApplicationSummary } from '@openrecruit/shared';
import { Tag } from 'antd';

const SOURCE_COLORS: Record<EmployerApplicationSummary['source'], string> = {
  application: 'blue',
  talent_download: 'purple',
  invitation: 'cyan',
  job_fair: 'orange',
};

const MARK_COLORS: Record<NonNullable<EmployerApplicationSummary['mark']>, string> = {
  suitable: 'green',
  undecided: 'gold',
  unsuitable: 'default',
};

type Row = Pick<EmployerApplicationSummary, 'source' | 'sourceLabel' | 'mark' | 'markLabel'>;

/** 来源: 投递, 人才下载, 邀约, 双选会. */
export function SourceTag({ row }: { row: Row }) {
  return <Tag color={SOURCE_COLORS[row.source]}>{row.sourceLabel}</Tag>;
}

/** 合适 / 待定 / 不合适; nothing while 未处理. */
export function MarkTag({ row }: { row: Row }) {
  return row.mark ? <Tag color={MARK_COLORS[row.mark]}>{row.markLabel}</Tag> : null;
}
