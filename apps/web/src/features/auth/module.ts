// Accounts: the public pages to sign in, sign up, confirm an address and reset a password.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';

export const authModule = defineFeature({
  id: 'auth',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'public',
      path: '/sign-in',
      titleKey: 'auth:signIn.title',
      component: lazyRouteComponent(() => import('./components/sign-in-page'), 'SignInPage'),
    },
    {
      scope: 'public',
      path: '/sign-up',
      titleKey: 'auth:signUp.title',
      component: lazyRouteComponent(() => import('./components/sign-up-page'), 'SignUpPage'),
    },
    {
      scope: 'public',
      path: '/verify-email',
      titleKey: 'auth:verify.title',
      component: lazyRouteComponent(
        () => import('./components/verify-email-page'),
        'VerifyEmailPage',
      ),
    },
    {
      scope: 'public',
      path: '/forgot-password',
      titleKey: 'auth:forgot.title',
      component: lazyRouteComponent(
        () => import('./components/forgot-password-page'),
        'ForgotPasswordPage',
      ),
    },
    {
      scope: 'public',
      path: '/reset-password',
      titleKey: 'auth:reset.title',
      component: lazyRouteComponent(
        () => import('./components/reset-password-page'),
        'ResetPasswordPage',
      ),
    },
  ],
});
