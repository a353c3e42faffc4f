import {
  CAMPUS_QA_LIMITS,
  CampusAnswerInput,
  type CampusFaq,
  CampusFaqInput,
  type CampusQuestionTab,
  type EmployerCampusQuestion,
} from '@openrecruit/shared';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, type TableColumnsType, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import {
  useAnswerCampusQuestion,
  useCampusFaqs,
  useCampusQuestions,
  useDeleteCampusFaq,
  useSaveCampusFaq,
} from './api';
import './campus-qa.css';

// 校园招聘 > 校招答疑 (seed 002): reply to the students who asked (未回复 first, with counts); 新增
// publishes a detailed answer to what most students ask (常见问题), shown on the company's campus page.

export function CampusQaPage() {
  const [tab, setTab] = useState<CampusQuestionTab>('unanswered');
  const [page, setPage] = useState(1);
  const questions = useCampusQuestions(tab, page);
  const [answering, setAnswering] = useState<EmployerCampusQuestion | null>(null);
  const counts = questions.data?.counts;

  useEffect(() => {
    document.title = '校招答疑 - 开放招聘';
  }, []);

  const columns: TableColumnsType<EmployerCampusQuestion> = [
    { title: '学生', dataIndex: 'studentName', key: 'student', width: 90 },
    { title: '提问位置', key: 'context', width: 200, render: (_, q) => q.context.label },
    {
      title: '问题',
      key: 'question',
      render: (_, q) => (
        <div>
          <div className="campus-qa__question">{q.question}</div>
          {q.answer ? (
            <div className="campus-qa__answer">
              <span className="campus-qa__answer-label">回复：</span>
              {q.answer}
              <span className="campus-qa__meta">
                {q.answeredBy ? `${q.answeredBy} ` : ''}
                {formatDateTime(q.answeredAt)}
              </span>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      title: '提问时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, q) =>
        q.answer ? (
          <span className="campus-qa__meta">已回复</span>
        ) : (
          <Button type="link" onClick={() => setAnswering(q)} aria-label={`回复：${q.question}`}>
            回复
          </Button>
        ),
    },
  ];

  return (
    <div className="console-card">
      <h1 className="console-page-title">校招答疑</h1>
      <p className="campus-qa__hint">
        回复学生咨询的问题，学生会收到回复通知；也可点击“新增”，对大部分学生的疑问和细节问题统一进行详细说明并发布，所有学生可在贵单位的校园主页查看。
      </p>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setTab(key as CampusQuestionTab);
          setPage(1);
        }}
        items={[
          { key: 'unanswered', label: `未回复（${counts?.unanswered ?? 0}）` },
          { key: 'answered', label: `已回复（${counts?.answered ?? 0}）` },
        ]}
      />
      <Table<EmployerCampusQuestion>
        rowKey="id"
        columns={columns}
        dataSource={questions.data?.items ?? []}
        loading={questions.isPending}
        locale={{
          emptyText: questions.isError
            ? messageOf(questions.error)
            : tab === 'unanswered'
              ? '暂无待回复的问题'
              : '暂无已回复的问题',
        }}
        pagination={{
          current: page,
          pageSize: 20,
          total: questions.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      <AnswerModal question={answering} onClose={() => setAnswering(null)} />
      <FaqSection />
    </div>
  );
}

function AnswerModal({
  question,
  onClose,
}: {
  question: EmployerCampusQuestion | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useAnswerCampusQuestion();
  const { message } = App.useApp();
  const submit = (values: { answer: string }) =>
    question &&
    answer.mutate(
      { id: question.id, input: values },
      {
        onSuccess: () => {
          message.success('已回复，学生将收到通知');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['answer'])) message.error(messageOf(error));
        },
      },
    );
  return (
    <Modal
      title="回复学生提问"
      open={question !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="回复"
      cancelText="取消"
      confirmLoading={answer.isPending}
      destroyOnHidden
    >
      {question ? (
        <div className="campus-qa__asked">
          <div className="campus-qa__meta">
            {question.studentName} · {question.context.label} · {formatDateTime(question.createdAt)}
          </div>
          <div className="campus-qa__question">{question.question}</div>
        </div>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          label="回复内容"
          name="answer"
          required
          rules={[schemaRule(CampusAnswerInput, 'answer')]}
          extra="回复发送后不能修改，更多说明可在“常见问题”中新增"
        >
          <Input.TextArea rows={5} maxLength={CAMPUS_QA_LIMITS.answerMax} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function FaqSection() {
  const faqs = useCampusFaqs();
  const remove = useDeleteCampusFaq();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CampusFaq | 'new' | null>(null);
  const columns: TableColumnsType<CampusFaq> = [
    { title: '问题', dataIndex: 'question', key: 'question', width: 260 },
    {
      title: '说明',
      dataIndex: 'answer',
      key: 'answer',
      render: (v: string) => <div className="campus-qa__faq-answer">{v}</div>,
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, faq) => (
        <Space size={0}>
          <Button type="link" onClick={() => setEditing(faq)} aria-label={`编辑：${faq.question}`}>
            编辑
          </Button>
          <Popconfirm
            title="删除常见问题"
            description="删除后学生将不再看到这条说明。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(faq.id).then(
                () => message.success('已删除'),
                (error) => message.error(messageOf(error)),
              )
            }
          >
            <Button type="link" danger aria-label={`删除：${faq.question}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <section aria-labelledby="campus-qa-faqs" className="campus-qa__faqs">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <h2 id="campus-qa-faqs" className="campus-qa__section-title">
          常见问题（{faqs.data?.items.length ?? 0}）
        </h2>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增
        </Button>
      </Space>
      <Table<CampusFaq>
        rowKey="id"
        columns={columns}
        dataSource={faqs.data?.items ?? []}
        loading={faqs.isPending}
        pagination={false}
        locale={{
          emptyText: faqs.isError ? messageOf(faqs.error) : '暂无常见问题，点击“新增”统一说明学生关心的问题',
        }}
      />
      <FaqModal faq={editing} onClose={() => setEditing(null)} />
    </section>
  );
}

function FaqModal({ faq, onClose }: { faq: CampusFaq | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<{ question: string; answer: string }>();
  const save = useSaveCampusFaq();
  const { message } = App.useApp();
  const existing = faq && faq !== 'new' ? faq : null;
  useEffect(() => {
    if (faq) form.setFieldsValue({ question: existing?.question ?? '', answer: existing?.answer ?? '' });
  }, [faq, existing, form]);
  const submit = (values: { question: string; answer: string }) =>
    save.mutate(
      { ...(existing ? { id: existing.id } : {}), input: values },
      {
        onSuccess: () => {
          message.success(existing ? '已保存' : '已发布，学生可在贵单位的校园主页查看');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['question', 'answer'])) message.error(messageOf(error));
        },
      },
    );
  return (
    <Modal
      title={existing ? '编辑常见问题' : '新增常见问题'}
      open={faq !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={existing ? '保存' : '发布'}
      cancelText="取消"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="问题" name="question" required rules={[schemaRule(CampusFaqInput, 'question')]}>
          <Input maxLength={CAMPUS_QA_LIMITS.faqQuestionMax} showCount placeholder="如：是否提供住宿？" />
        </Form.Item>
        <Form.Item label="说明" name="answer" required rules={[schemaRule(CampusFaqInput, 'answer')]}>
          <Input.TextArea rows={6} maxLength={CAMPUS_QA_LIMITS.faqAnswerMax} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
