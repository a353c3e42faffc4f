import { describe, expect, it } from 'vitest';
import { brochureExcerpt, sanitizeBrochureHtml } from './sanitize-brochure-html';

// The attacks a brochure's HTML must not carry to a student's page, and the formatting it keeps.

describe('sanitizeBrochureHtml', () => {
  const attacks: [string, string, string][] = [
    ['script tag', '<p>招聘</p><script>alert(1)</script>', '<p>招聘</p>'],
    ['script in a paragraph', '<p>a<script src="https://evil.example/x.js"></script>b</p>', '<p>ab</p>'],
    ['onerror on an image', '<img src=x onerror="alert(1)"><p>招聘</p>', '<p>招聘</p>'],
    ['onclick on a paragraph', '<p onclick="alert(1)">招聘</p>', '<p>招聘</p>'],
    [
      'onmouseover on a link',
      '<a href="https://a.example" onmouseover="alert(1)">x</a>',
      '<a href="https://a.example" rel="noopener noreferrer" target="_blank">x</a>',
    ],
    ['javascript: link', '<a href="javascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['JaVaScRiPt: with entities', '<a href="jav&#x09;ascript:alert(1)">点我</a>', '<a>点我</a>'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['protocol-relative link', '<a href="//evil.example">x</a>', '<a>x</a>'],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>招聘</p>', '<p>招聘</p>'],
    ['style element', '<style>body{display:none}</style><p>招聘</p>', '<p>招聘</p>'],
    ['style attribute', '<p style="position:fixed;top:0">招聘</p>', '<p>招聘</p>'],
    ['class and id', '<p class="x" id="y">招聘</p>', '<p>招聘</p>'],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf"><p>a</p>', '<p>a</p>'],
    ['form and input', '<form action="https://evil.example"><input name="p"></form><p>a</p>', '<p>a</p>'],
    ['svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg><p>a</p>', '<p>a</p>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>a</p>', '<p>a</p>'],
    [
      'target and rel replaced',
      '<a href="https://a.example" target="_self" rel="opener">x</a>',
      '<a href="https://a.example" rel="noopener noreferrer" target="_blank">x</a>',
    ],
    ['h1 is not kept', '<h1>大标题</h1>', '大标题'],
    ['comment', '<!-- <script>alert(1)</script> --><p>a</p>', '<p>a</p>'],
  ];

  it.each(attacks)('removes %s', (_name, input, expected) => {
    expect(sanitizeBrochureHtml(input)).toBe(expected);
  });

  it('keeps the allowed subset', () => {
    const html =
      '<h2>公司介绍</h2><h3>岗位</h3><h4>要求</h4><p><strong>粗</strong><b>b</b><em>斜</em><i>i</i><u>下划线</u><s>删</s><br></p>' +
      '<blockquote><p>引用</p></blockquote><ul><li>一</li></ul><ol><li>二</li></ol><hr>' +
      '<p><a href="mailto:hr@example.com">邮件</a><a href="http://a.example/x?y=1&amp;z=2">链接</a></p>';
    expect(sanitizeBrochureHtml(html)).toBe(
      '<h2>公司介绍</h2><h3>岗位</h3><h4>要求</h4><p><strong>粗</strong><b>b</b><em>斜</em><i>i</i><u>下划线</u><s>删</s><br /></p>' +
        '<blockquote><p>引用</p></blockquote><ul><li>一</li></ul><ol><li>二</li></ol><hr />' +
        '<p><a href="mailto:hr@example.com" rel="noopener noreferrer" target="_blank">邮件</a>' +
        '<a href="http://a.example/x?y=1&amp;z=2" rel="noopener noreferrer" target="_blank">链接</a></p>',
    );
  });

  it('keeps text as text', () => {
    expect(sanitizeBrochureHtml('<p>1 &lt; 2 &amp; "引号"</p>')).toBe('<p>1 &lt; 2 &amp; "引号"</p>');
  });

  it('gives a short plain excerpt', () => {
    expect(brochureExcerpt('<h2>标题</h2><p>第一段&amp;内容</p>')).toBe('标题 第一段&内容');
    expect(brochureExcerpt(`<p>${'字'.repeat(100)}</p>`, 10)).toBe(`${'字'.repeat(10)}…`);
  });
});
