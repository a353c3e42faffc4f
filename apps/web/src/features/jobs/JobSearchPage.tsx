import { Button, ErrorBlock, Input } from 'antd-mobile';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { OptionPicker } from '../../components/mobile/OptionPicker';
import { ApiError } from '../../lib/api';
import { useRefreshProfile } from '../seekers/api';
import { ProfileGate } from '../seekers/CompleteProfileForm';
import { type JobFilters, useJobSearch } from './api';
import { JobCard } from './JobCard';
import {
  AGE_OPTIONS,
  EDUCATION_OPTIONS,
  EMPTY_FILTERS,
  filtersFromSearch,
  hasFilters,
  rememberedSearch,
  rememberSearch,
  searchFromFilters,
  WORK_AREA_OPTIONS,
  WORK_NATURE_OPTIONS,
} from './search-filters';
import './jobs.css';

/** Seed 000 §三: 职位搜索, behind the one-time 学历 / 政治面貌 form. */
export function JobSearchPage() {
  return (
    <MobilePage title="职位搜索" back={{ to: '/m/recruit', label: '招聘' }}>
      <ProfileGate>
        <JobSearch />
      </ProfileGate>
    </MobilePage>
  );
}

function JobSearch() {
  const location = useLocation();
  const navigate = useNavigate();
  // Opened without filters (the 招聘 entry): come back to this session's last search.
  // Until the address has it, the restored search is used as is, so the list never flashes unfiltered.
  const [restore] = useState(() => (location.search ? '' : rememberedSearch()));
  const restoring = useRef(restore);
  if (location.search) restoring.current = '';
  const search = location.search || restoring.current;
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);

  useEffect(() => {
    if (restore) navigate({ search: restore }, { replace: true });
  }, [restore, navigate]);
  useEffect(() => rememberSearch(searchFromFilters(filters)), [filters]);

  // Filter changes replace the entry: 返回 leaves the search rather than stepping through each filter.
  const apply = (next: JobFilters) => navigate({ search: searchFromFilters(next) }, { replace: true });
  const setFilter = (name: keyof JobFilters) => (value: string) => apply({ ...filters, [name]: value });

  return (
    <>
      <div className="m-job-search">
        <KeywordBox keyword={filters.keyword} onSearch={(keyword) => apply({ ...filters, keyword })} />
        <fieldset className="m-job-filters">
          <legend className="visually-hidden">筛选条件</legend>
          <OptionPicker
            variant="chip"
            label="文化程度"
            options={EDUCATION_OPTIONS}
            value={filters.education}
            onChange={setFilter('education')}
          />
          <OptionPicker
            variant="chip"
            label="年龄"
            options={AGE_OPTIONS}
            value={filters.age}
            onChange={setFilter('age')}
            columns={5}
          />
          <OptionPicker
            variant="chip"
            label="工作性质"
            options={WORK_NATURE_OPTIONS}
            value={filters.workNature}
            onChange={setFilter('workNature')}
          />
          <OptionPicker
            variant="chip"
            label="工作地区"
            options={WORK_AREA_OPTIONS}
            value={filters.area}
            onChange={setFilter('area')}
            columns={3}
          />
        </fieldset>
      </div>
      <SearchResults filters={filters} onReset={() => apply(EMPTY_FILTERS)} />
    </>
  );
}

function KeywordBox({ keyword, onSearch }: { keyword: string; onSearch: (keyword: string) => void }) {
  const [draft, setDraft] = useState(keyword);
  const inputId = useId();
  useEffect(() => setDraft(keyword), [keyword]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form className="m-keyword" onSubmit={submit} aria-label="搜索职位">
      <label htmlFor={inputId} className="visually-hidden">
        职业名称
      </label>
      <span className="m-keyword__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </span>
      <Input
        id={inputId}
        className="m-keyword__input"
        value={draft}
        onChange={setDraft}
        placeholder="输入职业名称，如：技工、销售"
        maxLength={30}
        enterKeyHint="search"
        clearable
        onClear={() => onSearch('')}
      />
      <Button type="submit" color="primary" size="small" className="m-keyword__submit">
        搜索
      </Button>
    </form>
  );
}

function SearchResults({ filters, onReset }: { filters: JobFilters; onReset: () => void }) {
  const results = useJobSearch(filters);
  const refreshProfile = useRefreshProfile();

  const incomplete = results.error instanceof ApiError && results.error.code === 'PROFILE_INCOMPLETE';
  useEffect(() => {
    // The profile was reset by a centre since it was loaded: the gate shows the form again.
    if (incomplete) void refreshProfile();
  }, [incomplete, refreshProfile]);

  const jobs = useMemo(() => {
    const seen = new Set<string>();
    return (results.data?.pages ?? []).flatMap((page) =>
      page.items.filter((job) => {
        if (seen.has(job.id)) return false;
        seen.add(job.id);
        return true;
      }),
    );
  }, [results.data]);

  if (results.isPending) return <LoadingBlock label="正在搜索" />;
  if (results.isError) return <LoadFailed error={results.error} retry={() => void results.refetch()} />;

  const first = results.data.pages[0];
  const count = first ? (first.totalCapped ? '10000+' : String(first.total)) : '0';

  return (
    <section aria-label="搜索结果">
      <div className="m-job-count">
        <p role="status">
          共 <strong>{count}</strong> 个岗位
        </p>
        {hasFilters(filters) ? (
          <button type="button" className="m-text-button" onClick={onReset}>
            清空条件
          </button>
        ) : null}
      </div>
      {jobs.length === 0 ? (
        <ErrorBlock
          status="empty"
          title="暂无符合条件的岗位"
          description="请放宽筛选条件，或换一个职业名称试试"
          className="m-job-empty"
        >
          {hasFilters(filters) ? (
            <Button color="primary" fill="outline" onClick={onReset}>
              清空筛选条件
            </Button>
          ) : null}
        </ErrorBlock>
      ) : (
        <>
          <ul className="m-job-list" aria-label="岗位列表">
            {jobs.map((job) => (
              <li key={job.id}>
                <JobCard job={job} from="职位搜索" />
              </li>
            ))}
          </ul>
          <LoadMore query={results} noun="岗位" />
        </>
      )}
    </section>
  );
}
