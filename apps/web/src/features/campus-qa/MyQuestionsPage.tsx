import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { LoadMore } from '../../components/mobile/LoadMore';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { formatDateTime } from '../../lib/format';
import { useMyCampusQuestions } from './api';
import './campus-qa.css';

/** /m/campus/questions 我的提问: the student's questions with the companies' answers (live on answer). */
export function MyQuestionsPage() {
  const questions = useMyCampusQuestions();
  return (
    <MobilePage title="我的提问" back={{ to: '/m/campus', label: '校园', history: true }}>
      {questions.isPending ? (
        <LoadingBlock />
      ) : questions.isError ? (
        <LoadFailed error={questions.error} retry={() => questions.refetch()} />
      ) : (
        <>
          {questions.data.pages[0]?.total === 0 ? (
            <p className="m-muted" style={{ padding: 16 }}>
              还没有提问。在招聘简章、职位或单位的校园主页点击“提问”即可向单位咨询。
            </p>
          ) : null}
          <ul className="m-questions" aria-label="我的提问">
            {questions.data.pages
              .flatMap((page) => page.items)
              .map((question) => (
                <li key={question.id} className="m-card m-question">
                  <div>
                    <Link className="m-question__company" to={`/m/campus/companies/${question.company.id}`}>
                      {question.company.name}
                    </Link>{' '}
                    {question.answer ? (
                      <Tag color="success" fill="outline">
                        已回复
                      </Tag>
                    ) : (
                      <Tag color="warning" fill="outline">
                        待回复
                      </Tag>
                    )}
                  </div>
                  <div className="m-question__where">{question.context.label}</div>
                  <p className="m-question__text">问：{question.question}</p>
                  {question.answer ? (
                    <div className="m-question__answer">答：{question.answer}</div>
                  ) : (
                    <div className="m-question__pending">单位回复后会通知你</div>
                  )}
                  <div className="m-question__time">
                    提问于{formatDateTime(question.createdAt)}
                    {question.answeredAt ? ` · 回复于${formatDateTime(question.answeredAt)}` : ''}
                  </div>
                </li>
              ))}
          </ul>
          <LoadMore query={questions} noun="提问" />
        </>
      )}
    </MobilePage>
  );
}
