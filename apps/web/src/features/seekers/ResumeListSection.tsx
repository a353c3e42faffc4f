import type { ReactNode } from 'react';
import type { DraftErrors, ResumeDraft } from './resume-draft';
import { FieldError } from './resume-edit-controls';
import { AddButton, Section } from './resume-edit-frames';
import type { Update } from './use-resume-editor';

export type ListField = 'educations' | 'experiences' | 'certificates';

export interface RowProps<T> {
  key: string;
  index: number;
  item: T;
  errors: DraftErrors;
  onChange: (next: T) => void;
  onRemove: () => void;
}

/** One repeatable section of the resume (教育经历, 工作经历, 证书): add, edit and remove rows. */
export function ResumeListSection<F extends ListField>({
  field,
  title,
  addLabel,
  max,
  emptyText,
  blank,
  draft,
  update,
  errors,
  renderRow,
}: {
  field: F;
  title: string;
  addLabel: string;
  max: number;
  emptyText: string;
  blank: () => ResumeDraft[F][number];
  draft: ResumeDraft;
  update: Update;
  errors: DraftErrors;
  renderRow: (row: RowProps<ResumeDraft[F][number]>) => ReactNode;
}) {
  type Row = ResumeDraft[F][number];
  const rows = draft[field] as Row[];
  const setRows = (change: (rows: Row[]) => Row[]) =>
    update((d) => ({ ...d, [field]: change(d[field] as Row[]) }));
  return (
    <Section
      id={field}
      title={title}
      action={
        <AddButton
          label={addLabel}
          disabled={rows.length >= max}
          onClick={() => setRows((current) => [...current, blank()])}
        />
      }
    >
      {rows.length === 0 ? <p className="pc-empty">{emptyText}</p> : null}
      {rows.map((item, index) =>
        renderRow({
          key: item.key,
          index,
          item,
          errors,
          onChange: (next) => setRows((current) => current.map((row, i) => (i === index ? next : row))),
          onRemove: () => setRows((current) => current.filter((_, i) => i !== index)),
        }),
      )}
      <FieldError path={field} errors={errors} />
    </Section>
  );
}
