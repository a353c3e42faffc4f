import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Input, Modal, Space, Tooltip } from 'antd';
import { useEffect, useId, useState } from 'react';
import './brochures.css';

// 招聘简章's editor: tiptap limited to what the server keeps (sanitizeBrochureHtml): paragraphs,
// 标题 (h2-h4), 粗体, 斜体, 下划线, 删除线, 列表, 引用, 链接 (http/https/mailto) and 分隔线. The
// toolbar is a labelled toolbar of buttons (Tab reaches them, Enter/Space press them); the text area
// has the field's label. Pasted markup beyond the subset is dropped by the editor's schema.

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

export interface RichTextEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  /** The id of the field's label (Form.Item's label), for the text area's aria-labelledby. */
  labelId?: string;
  id?: string;
  invalid?: boolean;
}

export function RichTextEditor({ value, onChange, labelId, id, invalid }: RichTextEditorProps) {
  const toolbarId = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkValue, setLinkValue] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => SAFE_LINK.test(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
        },
      }),
    ],
    content: value ?? '',
    editorProps: {
      attributes: {
        class: 'brochure-editor__content brochure-html',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelId ? { 'aria-labelledby': labelId } : { 'aria-label': '简章正文' }),
        ...(id ? { id } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: current }) => onChange?.(current.isEmpty ? '' : current.getHTML()),
    immediatelyRender: true,
  });

  // A value set from outside (opening another brochure) replaces the content.
  useEffect(() => {
    if (!editor || value === undefined) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value || '', { emitUpdate: false });
  }, [editor, value]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      underline: e?.isActive('underline') ?? false,
      strike: e?.isActive('strike') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      h4: e?.isActive('heading', { level: 4 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });

  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const tools: { key: string; label: string; text: string; pressed?: boolean; run: () => void }[] = [
    { key: 'bold', label: '粗体', text: 'B', pressed: active?.bold, run: () => chain().toggleBold().run() },
    {
      key: 'italic',
      label: '斜体',
      text: 'I',
      pressed: active?.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'underline',
      label: '下划线',
      text: 'U',
      pressed: active?.underline,
      run: () => chain().toggleUnderline().run(),
    },
    {
      key: 'strike',
      label: '删除线',
      text: 'S',
      pressed: active?.strike,
      run: () => chain().toggleStrike().run(),
    },
    {
      key: 'h2',
      label: '大标题',
      text: 'H2',
      pressed: active?.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: '中标题',
      text: 'H3',
      pressed: active?.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'h4',
      label: '小标题',
      text: 'H4',
      pressed: active?.h4,
      run: () => chain().toggleHeading({ level: 4 }).run(),
    },
    {
      key: 'bullet',
      label: '无序列表',
      text: '• 列表',
      pressed: active?.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      label: '有序列表',
      text: '1. 列表',
      pressed: active?.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'quote',
      label: '引用',
      text: '引用',
      pressed: active?.quote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      key: 'link',
      label: active?.link ? '编辑链接' : '插入链接',
      text: '链接',
      pressed: active?.link,
      run: () => {
        setLinkValue((editor.getAttributes('link').href as string | undefined) ?? 'https://');
        setLinkError(null);
        setLinkOpen(true);
      },
    },
    { key: 'hr', label: '分隔线', text: '—', run: () => chain().setHorizontalRule().run() },
  ];

  const saveLink = () => {
    const href = linkValue.trim();
    if (!href) {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!SAFE_LINK.test(href)) {
      setLinkError('请输入以 http://、https:// 或 mailto: 开头的链接');
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkOpen(false);
  };

  return (
    <div className={`brochure-editor${invalid ? ' brochure-editor--invalid' : ''}`}>
      <div
        role="toolbar"
        aria-label="正文格式"
        aria-controls={id}
        className="brochure-editor__toolbar"
        id={toolbarId}
      >
        <Space size={4} wrap>
          {tools.map((tool) => (
            <Tooltip key={tool.key} title={tool.label}>
              <Button
                size="small"
                type={tool.pressed ? 'primary' : 'text'}
                aria-label={tool.label}
                aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
                onMouseDown={(event) => event.preventDefault()}
                onClick={tool.run}
                className={`brochure-editor__tool brochure-editor__tool--${tool.key}`}
              >
                {tool.text}
              </Button>
            </Tooltip>
          ))}
        </Space>
      </div>
      <EditorContent editor={editor} />
      <Modal
        title={active?.link ? '编辑链接' : '插入链接'}
        open={linkOpen}
        onOk={saveLink}
        onCancel={() => setLinkOpen(false)}
        okText="确定"
        cancelText="取消"
        destroyOnHidden
      >
        <label htmlFor={`${toolbarId}-link`} className="brochure-editor__link-label">
          链接地址（留空则取消链接）
        </label>
        <Input
          id={`${toolbarId}-link`}
          value={linkValue}
          onChange={(event) => setLinkValue(event.target.value)}
          onPressEnter={saveLink}
          status={linkError ? 'error' : undefined}
          aria-describedby={linkError ? `${toolbarId}-link-error` : undefined}
          autoFocus
        />
        {linkError ? (
          <div id={`${toolbarId}-link-error`} role="alert" className="brochure-editor__link-error">
            {linkError}
          </div>
        ) : null}
      </Modal>
    </div>
  );
}
