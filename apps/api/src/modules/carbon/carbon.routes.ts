// Every HTTP route of carbon accounting: settings and factor versions, footprints and scenarios, exports.
import type { App, AppDeps } from '../../platform/app-types';
import { registerCarbonConfirmationRoutes } from './carbon-confirmations.routes';
import { registerCarbonExportRoutes } from './carbon-export.routes';
import { registerCarbonFootprintRoutes } from './carbon-footprint.routes';
import { registerCarbonSettingsRoutes } from './carbon-settings.routes';

export function registerCarbonRoutes(app: App, deps: AppDeps) {
  registerCarbonSettingsRoutes(app, deps);
  registerCarbonFootprintRoutes(app, deps);
  registerCarbonConfirmationRoutes(app, deps);
  registerCarbonExportRoutes(app, deps);
}
