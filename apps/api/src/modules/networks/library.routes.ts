// The shared library, from a member organisation: list and search, read an entry and its file,
// share, publish a new version, withdraw, copy into the organisation, ask for a takedown.
import {
  LibraryCopySchema,
  LibraryEntryParamsSchema,
  LibraryEntrySchema,
  LibraryEntrySummarySchema,
  LibraryQuerySchema,
  LibraryShareBodySchema,
  LibraryUpdateBodySchema,
  listOf,
  OrgNetworkParamsSchema,
  TakedownBodySchema,
  TakedownSchema,
} from '@tutti/contracts';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/app-types';
import { requireMember } from '../../platform/auth/request-auth';
import { errorResponses, fileResponse } from '../../platform/http/response-schemas';
import { sendFileContent } from '../media';
import * as service from './library.service';
import { copyEntry } from './library-copy';
import { openEntryFile } from './library-file';
import { requestTakedown } from './library-takedowns';

const tags = ['networks'];
const base = '/api/orgs/:orgId/networks/:networkId/library';

export function registerLibraryRoutes(app: App, deps: AppDeps) {
  const { database, config } = deps;

  app.get(
    base,
    {
      schema: {
        operationId: 'listNetworkLibrary',
        summary: 'The network’s shared library: search and filter',
        description:
          '`q` finds every word in the title, summary, text, tags and file name whatever the accents and case ("eveil" finds "Éveil"). Usage sums what each copying organisation counted inside itself; people under 5 are `hidden`.',
        tags,
        params: OrgNetworkParamsSchema,
        querystring: LibraryQuerySchema,
        response: { 200: listOf(LibraryEntrySummarySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      return service.listLibrary({ actor, database, networkId, query: request.query });
    },
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'shareLibraryEntry',
        summary: 'Share a text, a journey template or a media file with the network',
        description:
          'A journey template’s steps are copied into the entry; a media file stays the organisation’s and cannot be deleted while shared.',
        tags,
        params: OrgNetworkParamsSchema,
        body: LibraryShareBodySchema,
        response: { 201: LibraryEntrySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId } = request.params;
      const entry = await service.shareEntry({ actor, database, networkId, input: request.body });
      return reply.code(201).send(entry);
    },
  );

  app.get(
    `${base}/:libraryEntryId`,
    {
      schema: {
        operationId: 'getLibraryEntry',
        summary: 'A library entry with its text or steps, usage and the organisation’s copies',
        tags,
        params: LibraryEntryParamsSchema,
        response: { 200: LibraryEntrySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      return service.getEntry({ actor, database, networkId, entryId });
    },
  );

  app.patch(
    `${base}/:libraryEntryId`,
    {
      schema: {
        operationId: 'updateLibraryEntry',
        summary: 'Publish a new version of the organisation’s entry',
        tags,
        params: LibraryEntryParamsSchema,
        body: LibraryUpdateBodySchema,
        response: { 200: LibraryEntrySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      const input = request.body;
      return service.updateEntry({ actor, database, networkId, entryId, input });
    },
  );

  app.delete(
    `${base}/:libraryEntryId`,
    {
      schema: {
        operationId: 'withdrawLibraryEntry',
        summary: 'Withdraw the organisation’s entry (copies already made stay)',
        tags,
        params: LibraryEntryParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      await service.withdrawEntry({ actor, database, networkId, entryId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:libraryEntryId/file`,
    {
      compress: false,
      schema: {
        operationId: 'downloadLibraryFile',
        summary: 'The file of a shared entry, whole or one byte range',
        tags,
        params: LibraryEntryParamsSchema,
        response: {
          200: fileResponse('The whole file', 'any'),
          206: fileResponse('The byte range asked for', 'any'),
          ...errorResponses(401, 403, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      return sendFileContent(reply, () =>
        openEntryFile({
          actor,
          database,
          config,
          networkId,
          entryId,
          rangeHeader: request.headers.range,
        }),
      );
    },
  );

  app.post(
    `${base}/:libraryEntryId/copy`,
    {
      schema: {
        operationId: 'copyLibraryEntry',
        summary: 'Copy an entry into the organisation',
        description:
          'A journey template becomes one of the organisation’s templates; a text or a file becomes an unpublished resource of its journey spaces’ library (the file’s bytes are copied and count against its quota). The owner’s data is not changed.',
        tags,
        params: LibraryEntryParamsSchema,
        response: { 201: LibraryCopySchema, ...errorResponses(401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      const copy = await copyEntry({ actor, database, config, networkId, entryId });
      return reply.code(201).send(copy);
    },
  );

  app.post(
    `${base}/:libraryEntryId/takedowns`,
    {
      schema: {
        operationId: 'requestLibraryTakedown',
        summary: 'Ask for an entry to be taken down, with the reason',
        tags,
        params: LibraryEntryParamsSchema,
        body: TakedownBodySchema,
        response: { 201: TakedownSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await requireMember(request, database, request.params.orgId);
      const { networkId, libraryEntryId: entryId } = request.params;
      const { reason } = request.body;
      const takedown = await requestTakedown({ actor, database, networkId, entryId, reason });
      return reply.code(201).send(takedown);
    },
  );
}
