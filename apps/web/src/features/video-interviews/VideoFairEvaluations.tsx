import { Descriptions, Rate, Tag } from 'antd';
import { formatDateTime } from '../../lib/format';
import { useApplicationEvaluations } from './api';
import { MEDIUM_LABELS } from './video-interview-labels';

/** 简历管理 > one resume: the 视频双选会 interviews' evaluations filed on it (nothing when there are none). */
export function VideoFairEvaluations({ applicationId }: { applicationId: string }) {
  const evaluations = useApplicationEvaluations(applicationId);
  const items = evaluations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="vi-evaluations">
      <h3 id="vi-evaluations" className="resume-section-title">
        双选会面试评价
      </h3>
      {items.map((item) => (
        <Descriptions
          key={item.interviewId}
          size="small"
          column={2}
          items={[
            { key: 'fair', label: '双选会', children: item.fair.title },
            { key: 'date', label: '面试时间', children: formatDateTime(item.endedAt ?? item.evaluatedAt) },
            {
              key: 'score',
              label: '评分',
              children: <Rate disabled value={item.score} aria-label={`评分${item.score}分`} />,
            },
            { key: 'next', label: '下一步', children: item.nextStepLabel },
            {
              key: 'tags',
              label: '标签',
              children: item.tags.length ? item.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '无',
            },
            {
              key: 'who',
              label: '面试官',
              children: `${item.evaluatedBy ?? ''}（面试间${item.room}${item.medium ? `，${MEDIUM_LABELS[item.medium]}` : ''}）`,
            },
            { key: 'comment', label: '评语', span: 2, children: item.comment || '无' },
          ]}
        />
      ))}
    </section>
  );
}
