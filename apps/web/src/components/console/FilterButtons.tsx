import { Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';

/**
 * 查询 and 重置 at the end of a list's inline filter form: 查询 submits it, 重置 clears its fields and
 * then calls `onReset` (back to page 1 with no filter). `children`: more buttons after them (导出Excel).
 */
export function FilterButtons({ onReset, children }: { onReset: () => void; children?: ReactNode }) {
  const form = Form.useFormInstance();
  return (
    <Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onReset();
          }}
        >
          重置
        </Button>
        {children}
      </Space>
    </Form.Item>
  );
}
