// The development outboxes (/dev/sms, /dev/wechat): one plain HTML page shape, refreshed every 5 s.

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/**
 * A table of sent messages, newest as given, first column 发送时间（北京时间）. Cell text is escaped;
 * `empty` fills the table when there is nothing yet.
 */
export function renderDevOutboxPage(page: {
  title: string;
  note: string;
  columns: string[];
  rows: Array<{ sentAt: Date; cells: string[] }>;
  empty: string;
}): string {
  const cell = (text: string) => `<td>${text}</td>`;
  const rows = page.rows
    .map(
      (row) =>
        `<tr>${cell(shanghaiTime.format(row.sentAt))}${row.cells.map((text) => cell(escapeHtml(text))).join('')}</tr>`,
    )
    .join('');
  const headers = ['发送时间（北京时间）', ...page.columns];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>${page.title}</title><style>body{font-family:system-ui,sans-serif;margin:24px;color:#1f1f1f}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:8px;text-align:left}th{background:#fafafa}
.note{background:#fffbe6;border:1px solid #ffe58f;padding:12px;margin-bottom:16px}</style></head><body>
<h1>${page.title}</h1>
<p class="note">${page.note}</p>
<table><thead><tr>${headers.map((text) => `<th>${text}</th>`).join('')}</tr></thead><tbody>
${rows || `<tr><td colspan="${headers.length}">${page.empty}</td></tr>`}</tbody></table></body></html>`;
}
