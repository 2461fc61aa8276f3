// Entry point: translations first (the first paint is already in the right language), then React.
import './styles/global.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { featureModules } from './app/features';
import { startI18n } from './app/i18n';
import { AppProviders, createQueryClient } from './app/providers';
import { createAppRouter } from './app/router';
import { preloadOfflinePages } from './lib/offline/offline-pages';
import { registerServiceWorker } from './lib/offline/register-service-worker';

registerServiceWorker(() => preloadOfflinePages(featureModules));
await startI18n();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
