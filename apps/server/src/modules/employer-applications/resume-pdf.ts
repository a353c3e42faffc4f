import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { loadResumeFont } from './resume-font';

/**
 * The resume as the employer downloads it (seed 002 简历管理 下载): real text in an embedded CJK font,
 * so it can be searched, copied and read by screen readers. Everything shown is passed in already
 * worded (labels, not codes); this file only lays it out.
 */
export interface ResumeDocument {
  name: string;
  sexLabel: string;
  age: number;
  educationLabel: string | null;
  householdRegistration: string;
  politicalStatusLabel: string | null;
  mobile: string;
  jobTitle: string;
  companyName: string;
  appliedAt: string;
  sourceLabel: string;
  educations: Array<{ period: string; school: string; major: string; educationLabel: string }>;
  experiences: Array<{ period: string; company: string; title: string; description: string }>;
  skills: string[];
  certificates: Array<{ name: string; issued: string }>;
  intention: Array<[label: string, value: string]>;
  selfIntroduction: string;
  exportedAt: string;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { x: 50, top: 56, bottom: 60 };
const CONTENT_WIDTH = PAGE.width - MARGIN.x * 2;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.42, 0.42, 0.42);
const ACCENT = rgb(0.09, 0.4, 0.82);
const RULE = rgb(0.85, 0.87, 0.9);

/** Text the font can draw: control characters go, a character without a glyph becomes “?”. */
function drawable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.replace(/\t/g, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    out += hasGlyph(code) ? char : '?';
  }
  return out;
}

// Latin words and numbers stay whole; CJK text breaks between any two characters, but never
// before closing punctuation.
const TOKEN = /[A-Za-z0-9@._\-/+#%'’:()（）]+|\s+|[\s\S]/gu;
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)]/;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const candidate = line + token;
    if (font.widthOfTextAtSize(candidate, size) <= width || line === '' || NO_LINE_START.test(token)) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
    // A single token wider than the line (a long number or URL) is cut where it overflows.
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

interface TextOptions {
  size?: number;
  color?: typeof INK;
  /** Moves the block right. */
  indent?: number;
  leading?: number;
}

/** A top-to-bottom writer that starts a new page when the next line would not fit. */
class Flow {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly clean: (text: string) => string,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  private room(height: number) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(height: number) {
    this.y -= height;
  }

  /** Wrapped paragraph(s); `indent` moves the block right. */
  text(text: string, options: TextOptions = {}) {
    const size = options.size ?? 10.5;
    const leading = options.leading ?? size * 1.6;
    const indent = options.indent ?? 0;
    for (const paragraph of this.clean(text).split(/\r?\n/)) {
      for (const line of wrap(paragraph, this.font, size, CONTENT_WIDTH - indent)) {
        this.room(leading);
        this.y -= leading;
        this.page.drawText(line, {
          x: MARGIN.x + indent,
          y: this.y + (leading - size) / 2,
          size,
          font: this.font,
          color: options.color ?? INK,
        });
      }
    }
  }

  /** A line with a part on the left and one on the right (an entry's title and its period). */
  row(left: string, right: string, size = 11) {
    const leading = size * 1.7;
    const rightText = this.clean(right);
    const rightWidth = this.font.widthOfTextAtSize(rightText, size - 1);
    const lines = wrap(this.clean(left), this.font, size, CONTENT_WIDTH - rightWidth - 16);
    lines.forEach((line, i) => {
      this.room(leading);
      this.y -= leading;
      const baseline = this.y + (leading - size) / 2;
      this.page.drawText(line, { x: MARGIN.x, y: baseline, size, font: this.font, color: INK });
      if (i === 0 && rightText) {
        this.page.drawText(rightText, {
          x: PAGE.width - MARGIN.x - rightWidth,
          y: baseline,
          size: size - 1,
          font: this.font,
          color: MUTED,
        });
      }
    });
  }

  /** Label: value pairs, two to a line. */
  pairs(pairs: Array<[string, string]>) {
    const size = 10.5;
    const leading = size * 1.8;
    const column = CONTENT_WIDTH / 2;
    for (let i = 0; i < pairs.length; i += 2) {
      const chunk = pairs.slice(i, i + 2);
      const heights = chunk.map(([label, value]) =>
        wrap(this.clean(`${label}：${value}`), this.font, size, column - 12),
      );
      const rows = Math.max(...heights.map((lines) => lines.length));
      this.room(leading * rows);
      heights.forEach((lines, column_) => {
        lines.forEach((line, row) => {
          this.page.drawText(line, {
            x: MARGIN.x + column_ * column,
            y: this.y - leading * (row + 1) + (leading - size) / 2,
            size,
            font: this.font,
            color: INK,
          });
        });
      });
      this.y -= leading * rows;
    }
  }

  heading(title: string) {
    this.room(44);
    this.y -= 18;
    this.y -= 20;
    this.page.drawRectangle({ x: MARGIN.x, y: this.y + 3, width: 3.5, height: 14, color: ACCENT });
    this.page.drawText(this.clean(title), {
      x: MARGIN.x + 10,
      y: this.y + 4,
      size: 13,
      font: this.font,
      color: INK,
    });
    this.page.drawLine({
      start: { x: MARGIN.x, y: this.y - 4 },
      end: { x: PAGE.width - MARGIN.x, y: this.y - 4 },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 8;
  }

  /** The name, large, with the job applied for on the right. */
  title(name: string, right: string) {
    this.y -= 30;
    this.page.drawText(this.clean(name), { x: MARGIN.x, y: this.y, size: 24, font: this.font, color: INK });
    const rightText = this.clean(right);
    const width = this.font.widthOfTextAtSize(rightText, 11);
    this.page.drawText(rightText, {
      x: PAGE.width - MARGIN.x - width,
      y: this.y + 4,
      size: 11,
      font: this.font,
      color: ACCENT,
    });
    this.y -= 10;
  }

  footers(text: string) {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const line = this.clean(`${text}    第 ${i + 1} / ${total} 页`);
      page.drawLine({
        start: { x: MARGIN.x, y: MARGIN.bottom - 18 },
        end: { x: PAGE.width - MARGIN.x, y: MARGIN.bottom - 18 },
        thickness: 0.5,
        color: RULE,
      });
      page.drawText(line, { x: MARGIN.x, y: MARGIN.bottom - 32, size: 8, font: this.font, color: MUTED });
    });
  }
}

/** The PDF bytes of one resume. About 50 KB: only the characters used are embedded (subset). */
export async function renderResumePdf(resume: ResumeDocument): Promise<Uint8Array> {
  const loaded = await loadResumeFont();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(loaded.bytes, { subset: true });
  doc.setTitle(`${resume.name}的简历 - ${resume.jobTitle}`);
  doc.setAuthor(resume.companyName);
  doc.setCreator('开放招聘');
  doc.setProducer('开放招聘');
  doc.setLanguage('zh-CN');

  const flow = new Flow(doc, font, (text) => drawable(text, loaded.hasGlyph));
  flow.title(resume.name, `应聘职位：${resume.jobTitle}`);
  flow.text(
    [resume.sexLabel, `${resume.age}岁`, resume.educationLabel, `户籍：${resume.householdRegistration}`]
      .filter(Boolean)
      .join('  |  '),
    { color: MUTED },
  );

  flow.heading('基本信息');
  flow.pairs([
    ['姓名', resume.name],
    ['性别', resume.sexLabel],
    ['年龄', `${resume.age}岁`],
    ['学历', resume.educationLabel ?? '未填写'],
    ['户籍', resume.householdRegistration],
    ['政治面貌', resume.politicalStatusLabel ?? '未填写'],
    ['手机号码', resume.mobile],
  ]);

  flow.heading('应聘信息');
  flow.pairs([
    ['应聘职位', resume.jobTitle],
    ['投递时间', resume.appliedAt],
    ['来源', resume.sourceLabel],
    ['招聘单位', resume.companyName],
  ]);

  if (resume.intention.length > 0) {
    flow.heading('求职意向');
    flow.pairs(resume.intention);
  }

  flow.heading('教育经历');
  if (resume.educations.length === 0) flow.text('未填写', { color: MUTED });
  for (const item of resume.educations) {
    flow.row([item.school, item.major, item.educationLabel].filter(Boolean).join('  '), item.period);
  }

  flow.heading('工作经历');
  if (resume.experiences.length === 0) flow.text('未填写', { color: MUTED });
  for (const item of resume.experiences) {
    flow.row(`${item.company}  ${item.title}`, item.period);
    if (item.description) flow.text(item.description, { color: MUTED, indent: 12, size: 10 });
    flow.gap(4);
  }

  flow.heading('专业技能');
  flow.text(resume.skills.length > 0 ? resume.skills.join('、') : '未填写', {
    color: resume.skills.length > 0 ? INK : MUTED,
  });

  flow.heading('证书');
  if (resume.certificates.length === 0) flow.text('未填写', { color: MUTED });
  for (const item of resume.certificates) flow.row(item.name, item.issued);

  flow.heading('自我介绍');
  flow.text(resume.selfIntroduction || '未填写', { color: resume.selfIntroduction ? INK : MUTED });

  flow.footers(`开放招聘 · ${resume.companyName} · 导出于 ${resume.exportedAt} · 含个人信息，仅限招聘使用`);
  return doc.save();
}
