import type { AdminViewConfig } from 'payload'

/**
 * The admin's own pages beside the collections (registered in payload.config.ts admin.components.views):
 * 报表 (reports), 编辑日历 (editorial calendar), 项目看板 (cultural projects' lifecycle board).
 */
export const adminViews: Record<string, AdminViewConfig> = {
  reports: { Component: '/admin/reports/ReportsView#ReportsView', path: '/reports', exact: true, meta: { title: '报表' } },
  calendar: { Component: '/admin/calendar/CalendarView#CalendarView', path: '/calendar', exact: true, meta: { title: '编辑日历' } },
  projectsBoard: { Component: '/admin/projects/ProjectsBoard#ProjectsBoard', path: '/projects-board', exact: true, meta: { title: '项目看板' } },
}

/** Links to those pages in the navigation, below the collections. */
export const adminNavLinks = ['/admin/NavLinks#NavLinks']
