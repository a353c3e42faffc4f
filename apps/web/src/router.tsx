import { createBrowserRouter } from 'react-router';
import { NotFoundPage, PageLoading, RouteErrorPage } from './components/page-states';

// Each area is its own lazy chunk: the seeker app (antd-mobile) and the consoles (antd) never load
// each other's UI kit, and the landing page loads neither. Inside an area each page is a lazy chunk
// again (components/lazy-page.ts), so a first visit loads only the page it shows.
export const router = createBrowserRouter([
  {
    path: '/',
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./areas/landing/LandingPage')).LandingPage }),
      },
      {
        path: 'm/*',
        lazy: async () => ({ Component: (await import('./areas/seeker/SeekerArea')).SeekerArea }),
      },
      {
        path: 'employer/*',
        lazy: async () => ({ Component: (await import('./areas/employer/EmployerArea')).EmployerArea }),
      },
      {
        path: 'university/*',
        lazy: async () => ({
          Component: (await import('./areas/university/UniversityArea')).UniversityArea,
        }),
      },
      {
        path: 'ops/*',
        lazy: async () => ({ Component: (await import('./areas/ops/OpsArea')).OpsArea }),
      },
      {
        path: 'centre/*',
        lazy: async () => ({ Component: (await import('./areas/centre/CentreArea')).CentreArea }),
      },
      {
        // The sandbox payment provider's cashier: standalone, opened from the QR code (no session).
        path: 'pay/sandbox/:outTradeNo',
        lazy: async () => ({
          Component: (await import('./features/points/SandboxCashierPage')).SandboxCashierPage,
        }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
