import { Popup } from 'antd-mobile';
import { useEffect, useId, useRef, useState } from 'react';
import './option-picker.css';

export type PickerOption = { readonly code: string; readonly label: string };

type OptionPickerProps = {
  /** The field's name, shown as the pop-up's title and read with the value (e.g. 学历：大学本科). */
  label: string;
  options: readonly PickerOption[];
  value?: string | null;
  onChange?: (code: string) => void;
  /** Set by antd-mobile's Form.Item so its <label htmlFor> names this button. */
  id?: string;
  placeholder?: string;
  /** 'row': a form row's value with ›; 'chip': a filter in the search bar. */
  variant?: 'row' | 'chip';
  /** Options laid out in a grid (e.g. ages 16-65), else one per line. */
  columns?: number;
  disabled?: boolean;
};

/**
 * A field that opens a bottom sheet of choices, like antd-mobile's Picker, but made of real buttons:
 * the trigger is a <button> a Form label can name, and each choice is a radio reachable with Tab.
 */
export function OptionPicker({
  label,
  options,
  value,
  onChange,
  id,
  placeholder = '请选择',
  variant = 'row',
  columns = 1,
  disabled,
}: OptionPickerProps) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const selected = options.find((option) => option.code === (value ?? ''));
  const shown = selected && !(variant === 'chip' && selected.code === '') ? selected.label : undefined;

  useEffect(() => {
    if (!open) return;
    // After the sheet's opening animation has mounted it: focus the chosen option (or the first).
    const timer = window.setTimeout(() => {
      const target =
        list.current?.querySelector<HTMLButtonElement>('[aria-checked="true"]') ??
        list.current?.querySelector<HTMLButtonElement>('button[role="radio"]');
      target?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const choose = (code: string) => {
    onChange?.(code);
    close();
  };

  return (
    <>
      <button
        ref={trigger}
        id={id}
        type="button"
        className={`m-option-picker m-option-picker--${variant}${shown && variant === 'chip' ? ' m-option-picker--active' : ''}`}
        aria-label={`${label}：${selected?.label ?? placeholder}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {variant === 'chip' ? (
          <>
            <span className="m-option-picker__text">{shown ?? label}</span>
            <span className="m-option-picker__caret" aria-hidden="true" />
          </>
        ) : (
          <>
            <span className={`m-option-picker__text${shown ? '' : ' m-option-picker__text--placeholder'}`}>
              {shown ?? placeholder}
            </span>
            <span className="m-option-picker__arrow" aria-hidden="true">
              ›
            </span>
          </>
        )}
      </button>
      <Popup visible={open} onMaskClick={close} onClose={close} bodyClassName="m-option-sheet" destroyOnClose>
        <div
          role="dialog"
          aria-labelledby={titleId}
          aria-modal="true"
          className="m-option-sheet__inner"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <div className="m-option-sheet__head">
            <h2 id={titleId} className="m-option-sheet__title">
              {label}
            </h2>
            <button type="button" className="m-option-sheet__cancel" onClick={close}>
              取消
            </button>
          </div>
          <div
            ref={list}
            role="radiogroup"
            aria-labelledby={titleId}
            className="m-option-sheet__list"
            style={columns > 1 ? { gridTemplateColumns: `repeat(${columns}, 1fr)` } : undefined}
            data-grid={columns > 1 ? 'true' : undefined}
          >
            {options.map((option) => {
              const checked = option.code === (value ?? '');
              return (
                // biome-ignore lint/a11y/useSemanticElements: a choice that also closes the sheet; arrow keys on native radios would choose (and close) on every step
                <button
                  key={option.code}
                  type="button"
                  role="radio"
                  aria-checked={checked}
                  className={`m-option-sheet__option${checked ? ' m-option-sheet__option--checked' : ''}`}
                  onClick={() => choose(option.code)}
                >
                  {option.label}
                </button>
              );
            })}
          </div>
        </div>
      </Popup>
    </>
  );
}
