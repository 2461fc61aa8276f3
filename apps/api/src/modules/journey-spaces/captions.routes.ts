// HTTP routes of a video resource's captions: add or replace one language's WebVTT track, or
// remove it. Families read them beside the video on the space's pages.
import {
  SpaceCaptionsBodySchema,
  SpaceCaptionsParamsSchema,
  SpaceResourceSchema,
} from '@tutti/contracts';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses } from '../../platform/http/response-schemas';
import * as captions from './captions.service';

const tags = ['journey spaces'];
const path = '/api/orgs/:orgId/space-resources/:resourceId/captions/:lang';

export function registerCaptionRoutes(app: App, { database }: AppDeps) {
  app.put(
    path,
    {
      schema: {
        operationId: 'setSpaceResourceCaptions',
        summary: 'Add or replace a video’s captions in one language (WebVTT)',
        tags,
        params: SpaceCaptionsParamsSchema,
        body: SpaceCaptionsBodySchema,
        response: { 200: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return captions.setCaptions({ actor, ...request.params, vtt: request.body.vtt });
    },
  );

  app.delete(
    path,
    {
      schema: {
        operationId: 'removeSpaceResourceCaptions',
        summary: 'Remove a video’s captions in one language',
        tags,
        params: SpaceCaptionsParamsSchema,
        response: { 200: SpaceResourceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      return captions.removeCaptions({ actor, ...request.params });
    },
  );
}
