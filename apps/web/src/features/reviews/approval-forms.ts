import type { ReviewKind } from '@openrecruit/shared';
import type { ComponentType } from 'react';
import { InvoiceApprovalModal } from '../invoices/InvoiceApprovalModal';
import {
  type ApprovalFormProps,
  PresentationApprovalModal,
} from '../presentations/PresentationApprovalModal';

// The kinds whose 通过 decides more than yes (the kind's `approval` schema on the server): the
// drawer opens the kind's form instead of the plain confirmation. 宣讲会: the room and the time;
// 开票申请: the issued invoice's number and PDF.

export type { ApprovalFormProps };

export const APPROVAL_FORMS: Partial<Record<ReviewKind, ComponentType<ApprovalFormProps>>> = {
  presentation: PresentationApprovalModal,
  invoice: InvoiceApprovalModal,
};
