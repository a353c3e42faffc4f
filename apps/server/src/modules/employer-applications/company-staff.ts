/** The HR member acting, and the company whose applications they may see (and nothing else). */
export interface CompanyStaff {
  accountId: string;
  companyId: string;
}
