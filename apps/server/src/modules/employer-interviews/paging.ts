/** Page numbers as the console's tables use them (antd Table pagination: page 1, 2, ...). */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageOf(request: PageRequest): { offset: number; limit: number } {
  return { offset: (request.page - 1) * request.pageSize, limit: request.pageSize };
}
