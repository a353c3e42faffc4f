import { Image, Modal, Tag } from 'antd';
import { QueryState } from '../../components/console/QueryState';
import { useBrochure } from './api';
import './brochures.css';

/** 预览: the draft as students will read it once a university approves it. */
export function BrochurePreviewModal({
  brochureId,
  onClose,
}: {
  brochureId: string | null;
  onClose: () => void;
}) {
  const brochure = useBrochure(brochureId ?? undefined);
  return (
    <Modal
      title="预览招聘简章"
      open={brochureId !== null}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <QueryState query={brochure} loading="spin">
        {(data) => (
          <article aria-label={data.title}>
            <h2 style={{ fontSize: 22, marginTop: 0 }}>{data.title}</h2>
            {/* Sanitised on the server (sanitizeBrochureHtml) before it was stored. */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server keeps only a safe subset */}
            <div className="brochure-html" dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
            {data.images.length ? (
              <div className="brochures__images" style={{ marginTop: 16 }}>
                <Image.PreviewGroup>
                  {data.images.map((image, index) => (
                    <Image
                      key={image.id}
                      src={image.url}
                      alt={`简章图片${index + 1}`}
                      width={120}
                      height={120}
                      style={{ objectFit: 'cover' }}
                    />
                  ))}
                </Image.PreviewGroup>
              </div>
            ) : null}
            {data.jobs.length ? (
              <section style={{ marginTop: 16 }} aria-label="关联职位">
                <h3 style={{ fontSize: 15 }}>关联职位</h3>
                {data.jobs.map((job) => (
                  <Tag key={job.id}>{job.recruiting ? job.title : `${job.title}（已下架）`}</Tag>
                ))}
              </section>
            ) : null}
          </article>
        )}
      </QueryState>
    </Modal>
  );
}
