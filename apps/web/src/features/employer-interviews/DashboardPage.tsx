import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/console/QueryState';
import { useSignedInSession } from '../../lib/session';
import { ApplicationsChart } from './ApplicationsChart';
import { useDashboard } from './api';

function StatCard({ title, value, to, hint }: { title: string; value?: number; to?: string; hint: string }) {
  const body: ReactNode = (
    <Card hoverable={to !== undefined} style={{ height: '100%' }}>
      <Statistic title={title} value={value ?? '-'} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Text>
    </Card>
  );
  return to ? (
    <Link
      to={to}
      aria-label={`${title} ${value ?? ''}，${hint}`}
      style={{ display: 'block', height: '100%' }}
    >
      {body}
    </Link>
  ) : (
    body
  );
}

/** 首页>工作台: 待查看简历, 今日面试, 招聘中职位, 待确认邀约 and the last 30 days of resumes. */
export function DashboardPage() {
  const { account } = useSignedInSession('employer');
  const dashboard = useDashboard();
  useEffect(() => {
    document.title = '工作台 - 开放招聘';
  }, []);
  const data = dashboard.data;

  return (
    <div className="console-card">
      <h1 className="console-page-title">工作台</h1>
      <Typography.Paragraph type="secondary">
        {account.displayName}，您好！以下是{account.organisation?.name ?? '本单位'}的招聘概况。
      </Typography.Paragraph>
      {dashboard.isError && <QueryError error={dashboard.error} retry={() => void dashboard.refetch()} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="待查看简历"
            value={data?.newResumes}
            to="/employer/resumes?tab=未处理"
            hint="新投递的简历，进入简历管理>未处理"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="今日面试"
            value={data?.todayInterviews}
            to="/employer/home/interviews"
            hint="今天的面试安排和已确认的面试"
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard title="招聘中职位" value={data?.recruitingJobs} to="/employer/jobs" hint="进入职位管理" />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title="待确认邀约"
            value={data?.pendingInvitations}
            to="/employer/talent/campus"
            hint="已邀约、学生尚未答复"
          />
        </Col>
      </Row>
      <Card title="近30天简历投递" size="small">
        {data ? <ApplicationsChart days={data.applicationsPerDay} /> : <Skeleton active />}
      </Card>
    </div>
  );
}
