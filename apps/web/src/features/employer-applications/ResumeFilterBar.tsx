import {
  APPLICATION_SOURCES,
  type ApplicationSource,
  EDUCATION_LEVELS,
  type EmployerApplicationQueryInput,
} from '@openrecruit/shared';
import { Button, Checkbox, DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import type { useJobOptions } from './api';
import type { ResumeParamChanges } from './use-resume-filters';

type Props = {
  query: EmployerApplicationQueryInput;
  filtering: boolean;
  jobs: ReturnType<typeof useJobOptions>;
  go: (changes: ResumeParamChanges) => void;
  clearFilters: () => void;
};

/** 简历管理's 筛选: 投递职位, 来源, 学历, 投递时间 and 显示已撤销; each change lands in the address. */
export function ResumeFilterBar({ query, filtering, jobs, go, clearFilters }: Props) {
  return (
    <Form id="resumes-filters" layout="inline" className="resumes-filters" aria-label="筛选简历">
      <Form.Item label="投递职位" htmlFor="resumes-job">
        <Select
          id="resumes-job"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部职位"
          style={{ width: 220 }}
          loading={jobs.isPending}
          value={query.jobId}
          onChange={(value?: string) => go({ jobId: value })}
          options={(jobs.data ?? []).map((job) => ({
            value: job.id,
            label: job.state === 'recruiting' ? job.title : `${job.title}（已下架）`,
          }))}
        />
      </Form.Item>
      <Form.Item label="来源" htmlFor="resumes-source">
        <Select
          id="resumes-source"
          allowClear
          placeholder="全部来源"
          style={{ width: 130 }}
          value={query.source}
          onChange={(value?: ApplicationSource) => go({ source: value })}
          options={APPLICATION_SOURCES.map((item) => ({ value: item.code, label: item.label }))}
        />
      </Form.Item>
      <Form.Item label="学历" htmlFor="resumes-education">
        <Select
          id="resumes-education"
          allowClear
          placeholder="全部学历"
          style={{ width: 190 }}
          value={query.education}
          onChange={(value?: string) => go({ education: value })}
          options={EDUCATION_LEVELS.map((item) => ({ value: item.code, label: item.label }))}
        />
      </Form.Item>
      <Form.Item label="投递时间" htmlFor="resumes-dates">
        <DatePicker.RangePicker
          id={{ start: 'resumes-dates', end: 'resumes-dates-end' }}
          allowEmpty={[true, true]}
          value={[
            query.appliedFrom ? dayjs(query.appliedFrom) : null,
            query.appliedTo ? dayjs(query.appliedTo) : null,
          ]}
          onChange={(range) =>
            go({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
          disabledDate={(day) => day.isAfter(dayjs().endOf('day'))}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={query.includeWithdrawn === 'true'}
          onChange={(e) => go({ withdrawn: e.target.checked ? '1' : undefined })}
        >
          显示已撤销
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Button disabled={!filtering} onClick={clearFilters}>
          重置
        </Button>
      </Form.Item>
    </Form>
  );
}
