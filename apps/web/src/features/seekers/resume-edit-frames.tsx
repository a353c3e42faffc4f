import type { ReactNode } from 'react';

// The frames of the PC editor: a section with its heading, and a repeatable row with 删除.

export function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    // No aria-labelledby: a region named 自我介绍 would shadow the field of the same label.
    <section id={`resume-${id}`} className="pc-section">
      <div className="pc-section__head">
        <h2>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function AddButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className="pc-button pc-button--ghost" onClick={onClick} disabled={disabled}>
      + {label}
    </button>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="pc-link-danger" aria-label={label} onClick={onClick}>
      删除
    </button>
  );
}

/** The frame of one repeatable row (教育经历 1, 工作经历 2, ...): its legend, its 删除 button, its grid. */
export function RowFieldset({
  title,
  index,
  onRemove,
  children,
}: {
  title: string;
  index: number;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="pc-row">
      <legend className="pc-row__legend">
        {title} {index + 1}
        <RemoveButton label={`删除${title} ${index + 1}`} onClick={onRemove} />
      </legend>
      <div className="pc-grid">{children}</div>
    </fieldset>
  );
}
