// The audit log: reads of access needs, exports and role changes (admins), next to the
// retention and person's-rights pages.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('audit.read');

export const auditModule = defineFeature({
  id: 'audit',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'audit',
      titleKey: 'audit:title',
      roles: admins,
      component: lazyRouteComponent(() => import('./components/audit-page'), 'AuditPage'),
    },
  ],
  nav: [
    {
      path: 'audit',
      labelKey: 'audit:nav',
      icon: 'clipboard-check',
      roles: admins,
      section: 'organisation',
      order: 87,
    },
  ],
});
