/** 账号授权书 template (seed 002 申请成为管理员: 下载账号授权书模板, 拍照上传). */
export const AUTHORISATION_TEMPLATE_FILE_NAME = '账号授权书.html';

export const AUTHORISATION_TEMPLATE_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>账号授权书</title>
<style>
  body { font-family: "SimSun", "Songti SC", serif; max-width: 720px; margin: 40px auto; line-height: 2.2; font-size: 16px; }
  h1 { text-align: center; letter-spacing: 8px; }
  .blank { display: inline-block; min-width: 220px; border-bottom: 1px solid #000; }
  .short { min-width: 120px; }
  .sign { margin-top: 60px; text-align: right; }
</style>
</head>
<body>
<h1>账号授权书</h1>
<p>开放招聘平台：</p>
<p>　　兹授权我单位员工 <span class="blank short"></span>（身份证号码：<span class="blank"></span>，
所属部门：<span class="blank short"></span>，联系手机：<span class="blank short"></span>）
作为我单位在开放招聘平台的单位管理员，代表我单位办理账号注册、单位信息维护、职位发布及招聘相关事宜。</p>
<p>　　单位名称：<span class="blank"></span></p>
<p>　　统一社会信用代码：<span class="blank"></span></p>
<p>　　本授权自签署之日起生效。被授权人成为单位管理员后，原单位管理员（如有）将不再担任管理员。
我单位对被授权人在平台上的操作承担相应责任。</p>
<div class="sign">
<p>单位（盖章）：<span class="blank"></span></p>
<p>法定代表人或负责人（签字）：<span class="blank short"></span></p>
<p>日期：<span class="blank short"></span>年<span class="blank short" style="min-width:40px"></span>月<span class="blank short" style="min-width:40px"></span>日</p>
</div>
<p style="margin-top:40px;font-size:13px;color:#555">填写说明：请打印本授权书，填写完整并加盖单位公章后拍照（JPG/PNG）或扫描（PDF）上传，文件不超过5MB。</p>
</body>
</html>
`;
