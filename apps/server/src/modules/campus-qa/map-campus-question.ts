import {
  CAMPUS_QUESTION_CONTEXT_LABELS,
  type CampusFaq,
  type CampusQuestionContextKind,
  maskName,
} from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { type CampusFaqRow, type CampusQuestionRow, findContextTitles } from './campus-qa.repository';

/** Where each question was asked, as shown (招聘简章：…), by question id. */
export async function contextsOf(db: Executor, rows: CampusQuestionRow[]) {
  const refs = rows.flatMap((row) => (row.contextId ? [{ kind: row.contextKind, id: row.contextId }] : []));
  const titles = await findContextTitles(db, refs);
  return new Map(
    rows.map((row) => {
      const kind: CampusQuestionContextKind = row.contextKind;
      const title = row.contextId ? titles.get(`${kind}:${row.contextId}`) : undefined;
      const label = CAMPUS_QUESTION_CONTEXT_LABELS[kind];
      return [row.id, { kind, id: row.contextId, label: title ? `${label}：${title}` : label }];
    }),
  );
}

export function mapEmployerQuestion(
  row: { question: CampusQuestionRow; studentName: string | null; answeredByName: string | null },
  context: { kind: CampusQuestionContextKind; id: string | null; label: string },
) {
  const { question } = row;
  return {
    id: question.id,
    studentName: row.studentName ? maskName(row.studentName) : '学生',
    context,
    question: question.question,
    answer: question.answer,
    answeredAt: question.answeredAt?.toISOString() ?? null,
    answeredBy: question.answeredAt ? row.answeredByName : null,
    createdAt: question.createdAt.toISOString(),
  };
}

export function mapFaq(row: CampusFaqRow): CampusFaq {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
