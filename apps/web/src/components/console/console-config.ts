import type { Area } from '@openrecruit/shared';
import type { ComponentType, ReactNode } from 'react';

export type ConsoleArea = Exclude<Area, 'seeker'>;

/** A page of a console's side navigation: built already, or announced with what it will do. */
export type ConsoleLeaf = { path: string; label: string } & (
  | { page: 'coming-soon'; summary: string }
  | { page: 'change-password' }
  | { page: 'built'; element: ReactNode; subPages?: ConsoleSubPage[] }
);

/**
 * A page reached from a built page and kept under it (a fair's 求职者大厅, a 面试间): routed at
 * `<leaf path>/<path>` (react-router params allowed), not listed in the navigation, which keeps
 * its leaf selected.
 */
export type ConsoleSubPage = { path: string; element: ReactNode };

export type ConsoleGroup = { key: string; label: string; children: ConsoleLeaf[] };

export type ConsoleNavEntry = ConsoleLeaf | ConsoleGroup;

/**
 * The sign-in pages every console shows, handed in by each area from the identity feature, so that
 * shared components never reach up into the feature folders. Lazy components
 * (areas/staff-identity-pages.ts): the login page is a chunk of its own.
 */
export type ConsoleIdentityPages = {
  login: ComponentType<{ config: ConsoleConfig }>;
  changePassword: ComponentType<{ area: ConsoleArea; forced?: boolean }>;
};

export type ConsoleConfig = {
  area: ConsoleArea;
  /** 用人单位, 高校就业中心, ...: the console's name in the header and on its login page. */
  name: string;
  /** Shown in the header when the account belongs to no organisation (platform operators). */
  fallbackOrganisation: string;
  /** `registerPath`: a 注册 link under the login form (employer: the sign-up wizard). */
  login: { accountPlaceholder: string; registerPath?: string };
  nav: ConsoleNavEntry[];
  identityPages: ConsoleIdentityPages;
  /** A group whose title opens the console home (employer: 首页). */
  homeGroupKey?: string;
  /** Shown in the header of the signed-in console (employer: the live 消息通知 bell); may be lazy. */
  headerExtra?: ReactNode;
  /** Pages the header's avatar menu opens (seed 002: 右上角头像>账号设置, 公司设置), before 修改密码. */
  avatarMenu?: { label: string; path: string }[];
};

export function comingSoon(path: string, label: string, summary: string): ConsoleLeaf {
  return { path, label, page: 'coming-soon', summary };
}

/** A page that is built: the element the route renders, of a lazy page (components/lazy-page.ts). */
export function builtPage(
  path: string,
  label: string,
  element: ReactNode,
  subPages?: ConsoleSubPage[],
): ConsoleLeaf {
  return { path, label, page: 'built', element, subPages };
}

/** The navigation entry a page path belongs to: the leaf itself, or the leaf a sub-page sits under. */
export function navKeyOf(nav: ConsoleNavEntry[], current: string): string {
  const owner = leavesOf(nav).find(
    (leaf) => leaf.page === 'built' && leaf.subPages?.length && current.startsWith(`${leaf.path}/`),
  );
  return owner?.path ?? current;
}

export const CHANGE_PASSWORD: ConsoleLeaf = {
  path: 'account/password',
  label: '修改密码',
  page: 'change-password',
};

export function isGroup(entry: ConsoleNavEntry): entry is ConsoleGroup {
  return 'children' in entry;
}

export function leavesOf(nav: ConsoleNavEntry[]): ConsoleLeaf[] {
  return nav.flatMap((entry) => (isGroup(entry) ? entry.children : [entry]));
}

export function basePath(area: ConsoleArea): string {
  return `/${area}`;
}
