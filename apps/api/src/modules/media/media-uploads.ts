// Resumable uploads (the tus protocol, @tus/server) inside the API's own routes: the routes check
// who may upload and what, then hand the request to tus, whose errors come back in the API's shape.
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { ErrorCode } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { stagingDir } from './media-staging';

export const TUS_CONTENT_TYPE = 'application/offset+octet-stream';

type UploadContext = {
  orgId: string;
  mediaId: string;
  onFinish: () => Promise<void>;
  /** The upload's URL when it is not the organisation's media-uploads route (an applicant's). */
  location?: string;
};

const tusErrors: Record<number, ErrorCode> = {
  400: 'MEDIA.UPLOAD_INVALID',
  403: 'MEDIA.UPLOAD_INVALID',
  404: 'MEDIA.NOT_FOUND',
  409: 'MEDIA.UPLOAD_CONFLICT',
  410: 'MEDIA.NOT_FOUND',
  412: 'MEDIA.UPLOAD_INVALID',
  413: 'FILE.TOO_LARGE',
  415: 'FILE.UNSUPPORTED_TYPE',
};

function headersOf(request: FastifyRequest) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

function createTusServer(config: Config, contexts: WeakMap<Request, UploadContext>) {
  mkdirSync(stagingDir(config), { recursive: true });
  return new Server({
    // The real URLs carry the organisation: generateUrl and getFileIdFromRequest use the context.
    path: '/api/tus',
    datastore: new FileStore({ directory: stagingDir(config) }),
    namingFunction: (request) => contexts.get(request)!.mediaId,
    generateUrl: (request, { id }) =>
      contexts.get(request)!.location ??
      `/api/orgs/${contexts.get(request)!.orgId}/media-uploads/${id}`,
    getFileIdFromRequest: (request) => contexts.get(request)?.mediaId,
    onUploadFinish: async (request) => {
      await contexts.get(request)!.onFinish();
      return {};
    },
  });
}

/**
 * One tus server per app: uploads collect in the staging folder under the media file's id. The
 * server is made at the first upload: its file store creates the folder with a callback that
 * throws, which would take the process down if the folder went away while it ran.
 */
export function createUploadHandler(config: Config) {
  const contexts = new WeakMap<Request, UploadContext>();
  let tus: Server | undefined;

  return async function handleUpload(
    request: FastifyRequest,
    reply: FastifyReply,
    context: UploadContext,
  ) {
    const sendsBytes =
      request.headers['content-type'] === TUS_CONTENT_TYPE && request.body instanceof Readable;
    const webRequest = new Request(new URL(request.url, 'http://tutti.invalid'), {
      method: request.method,
      headers: headersOf(request),
      ...(sendsBytes
        ? { body: Readable.toWeb(request.body as Readable) as ReadableStream, duplex: 'half' }
        : {}),
    } as RequestInit);
    contexts.set(webRequest, context);
    tus ??= createTusServer(config, contexts);
    const response = await tus.handleWeb(webRequest);
    const text = await response.text();
    if (response.status >= 400) {
      const code = tusErrors[response.status];
      if (!code) throw new Error(`Upload failed with ${response.status}: ${text.slice(0, 200)}`);
      throw new AppError(code, text.trim().slice(0, 200) || `Upload refused (${response.status})`);
    }
    response.headers.forEach((value, name) => {
      if (name !== 'content-length') reply.header(name, value);
    });
    return reply.code(response.status).send(null);
  };
}
