import { Form, type FormItemProps } from 'antd-mobile';
import { useId, useLayoutEffect } from 'react';

type FormFieldProps = Omit<FormItemProps, 'name' | 'hasFeedback' | 'noStyle'> & {
  name: NonNullable<FormItemProps['name']>;
};

/**
 * antd-mobile's Form.Item for the seeker app's forms, with its message wired up for screen readers:
 * while the field has an error its control gets aria-invalid="true" and aria-describedby pointing at
 * the message, which has an id and role="alert" so it is read out when it appears (on blur, on
 * typing, or after 提交 with the field left empty). A soft warning (e.g. a bank card failing Luhn) is
 * linked with aria-describedby too but does not make the field invalid. Valid fields get neither.
 *
 * Use it exactly like Form.Item with a `name` and one control as its child.
 */
export function FormField({ name, description, children, ...item }: FormFieldProps) {
  const key = useId();
  const errorId = `${key}-error`;
  const warningId = `${key}-warning`;
  return (
    // Re-renders on every change in the form's store, including validation results and
    // form.setFields from a server reply, so the messages below are always the field's current ones.
    <Form.Item noStyle shouldUpdate>
      {(form) => {
        const [error] = form.getFieldError(name);
        const [warning] = error ? [] : form.getFieldWarning(name);
        const feedback =
          error || warning ? (
            <>
              {description}
              {error ? (
                <div id={errorId} className="adm-form-item-feedback-error" role="alert">
                  {error}
                </div>
              ) : (
                <div id={warningId} className="adm-form-item-feedback-warning" role="status">
                  {warning}
                </div>
              )}
            </>
          ) : (
            description
          );
        return (
          <>
            <Form.Item {...item} name={name} hasFeedback={false} description={feedback} data-form-field={key}>
              {children}
            </Form.Item>
            <ControlAria
              fieldKey={key}
              invalid={Boolean(error)}
              describedBy={error ? errorId : warning ? warningId : undefined}
              ownIds={[errorId, warningId]}
            />
          </>
        );
      }}
    </Form.Item>
  );
}

/**
 * Sets the attributes on the field's real control. They cannot be passed as props: antd-mobile's
 * Input and TextArea put aria-* props on their wrapper <div>, not on the <input>.
 */
function ControlAria({
  fieldKey,
  invalid,
  describedBy,
  ownIds,
}: {
  fieldKey: string;
  invalid: boolean;
  describedBy: string | undefined;
  ownIds: string[];
}) {
  useLayoutEffect(() => {
    const control = controlOf(fieldKey);
    if (!control) return;
    if (invalid) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    const others = (control.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((token) => token !== '' && !ownIds.includes(token));
    const tokens = describedBy ? [...others, describedBy] : others;
    if (tokens.length > 0) control.setAttribute('aria-describedby', tokens.join(' '));
    else control.removeAttribute('aria-describedby');
  });
  return null;
}

const CONTROLS = '[role="radiogroup"], input:not([type="hidden"]), textarea, select, button';

/** The element the item's <label htmlFor> names, else the first control inside the item. */
function controlOf(fieldKey: string): HTMLElement | null {
  const item = document.querySelector<HTMLElement>(`[data-form-field="${fieldKey}"]`);
  if (!item) return null;
  const labelFor = item.querySelector<HTMLLabelElement>('label.adm-form-item-label')?.htmlFor;
  const labelled = labelFor ? document.getElementById(labelFor) : null;
  if (labelled && item.contains(labelled)) return labelled;
  return (
    item.querySelector<HTMLElement>('.adm-form-item-child-inner')?.querySelector<HTMLElement>(CONTROLS) ??
    null
  );
}
