// `npm run bench:upload`: a 500 MB video uploaded to the built server with tus (tus-js-client, one
// PATCH for the whole file, as a phone on a good line would), through a TCP relay that cuts the
// connection twice mid-way: the upload resumes from the offset the server answers (HEAD) and
// completes; then the file is processed (sniffed, remuxed by ffmpeg without metadata, stored).
// Prints MB/s, the resume offsets, the server's resident memory (before, peak, after), and the
// processing time. Then a 2 GB recording is refused from its Upload-Length alone: the bench
// counts the bytes tus-js-client read from the source (0) and checks nothing was staged.
// The video is generated with ffmpeg (raw 640×360 frames in a QuickTime file) into
// .tutti/bench-files, not stored in git. PGlite in .tutti/bench-upload-data, or PostgreSQL
// when DATABASE_URL is set (an empty database: the demo organisation is made in it).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { Upload } from 'tus-js-client';
import { signInDemo, startServer } from './api-server';

const MB = 1024 * 1024;
const root = new URL('../../../', import.meta.url).pathname;
const benchFiles = `${root}.tutti/bench-files`;
const dataDir = `${root}.tutti/bench-upload-data`;
const filesDir = `${root}.tutti/bench-upload-files`;
const videoPath = `${benchFiles}/video-500mb.mov`;
/** Bytes sent (client to server) after which the relay cuts every connection. */
const cutsAtMb = [150, 330];

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
mkdirSync(benchFiles, { recursive: true });
if (!existsSync(videoPath)) {
  // 640×360 in 4:2:2 ('2vuy', QuickTime's own raw format) is 460,800 bytes a frame: 1,138
  // frames make 500 MB of real, playable video.
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', 'testsrc2=size=640x360:rate=25', '-frames:v', '1138'],
    ...['-c:v', 'rawvideo', '-pix_fmt', 'uyvy422', videoPath],
  ]);
}
const videoBytes = statSync(videoPath).size;
const mb = (bytes: number) => (bytes / MB).toFixed(1);
console.log(`video: ${mb(videoBytes)} MB (QuickTime, raw 4:2:2 frames)`);

rmSync(dataDir, { recursive: true, force: true });
rmSync(filesDir, { recursive: true, force: true });
const databaseUrl = process.env.DATABASE_URL;
// The demo organisation signs in the uploader: an empty PostgreSQL database gets it at start.
const server = await startServer({
  TUTTI_FILES_DIR: filesDir,
  TUTTI_DEMO_SEED: 'auto',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { TUTTI_DATA_DIR: dataDir }),
});

/** A TCP relay in front of the server that can cut every connection going through it. */
function startRelay(target: URL) {
  const open = new Set<Socket>();
  let sentBytes = 0;
  const relay = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    open.add(client);
    client.on('data', (chunk: Buffer) => {
      sentBytes += chunk.length;
    });
    client.pipe(upstream).pipe(client);
    const close = () => {
      open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise<{ url: string; sentBytes(): number; cut(): void; close(): void }>(
    (resolve) => {
      relay.listen(0, '127.0.0.1', () => {
        const { port } = relay.address() as { port: number };
        resolve({
          url: `http://127.0.0.1:${port}`,
          sentBytes: () => sentBytes,
          cut: () => {
            for (const socket of open) socket.resetAndDestroy();
          },
          close: () => relay.close(),
        });
      });
    },
  );
}

const { headers, orgId } = await signInDemo(server.baseUrl, 'admin@demo.test');

async function resumedUpload() {
  const relay = await startRelay(new URL(server.baseUrl));
  const resumeOffsets: number[] = [];
  const cuts = [...cutsAtMb];
  const rssBefore = server.rssMb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, server.rssMb());
    if (cuts.length > 0 && relay.sentBytes() >= cuts[0]! * MB) {
      cuts.shift();
      relay.cut();
    }
  }, 20);
  const started = performance.now();
  const url = await new Promise<string>((resolve, reject) => {
    const upload = new Upload(createReadStream(videoPath), {
      endpoint: `${relay.url}/api/orgs/${orgId}/media-uploads`,
      metadata: { use: 'recording', filename: 'concert-des-amandiers.mov' },
      headers,
      retryDelays: [0, 250, 1_000, 3_000],
      onAfterResponse: (request, response) => {
        if (request.getMethod() === 'HEAD') {
          resumeOffsets.push(Number(response.getHeader('Upload-Offset')));
        }
      },
      onError: reject,
      onSuccess: () => resolve(upload.url!),
    });
    upload.start();
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  relay.close();
  const mediaId = url.split('/').pop()!;
  console.log('\n500 MB video through two cut connections');
  console.log(
    `  ${mb(videoBytes)} MB in ${seconds.toFixed(1)} s: ${(videoBytes / MB / seconds).toFixed(1)} MB/s (${mb(relay.sentBytes())} MB went through the relay, resent bytes included)`,
  );
  console.log(
    `  cut after ${cutsAtMb.map((n) => `${n} MB`).join(' and ')} sent; resumed at ${resumeOffsets.map((o) => `${mb(o)} MB (${o} bytes)`).join(', ')}`,
  );
  console.log(
    `  server RSS before ${rssBefore.toFixed(0)} MB, peak during the upload ${rssPeak.toFixed(0)} MB, after ${server.rssMb().toFixed(0)} MB`,
  );
  if (resumeOffsets.length < 2) throw new Error(`expected two resumptions, saw ${resumeOffsets}`);

  // Processing: sniffed, remuxed without metadata, stored, published.
  const processingStarted = performance.now();
  let peak = server.rssMb();
  for (;;) {
    const media = (await (
      await fetch(`${server.baseUrl}/api/orgs/${orgId}/media/${mediaId}`, { headers })
    ).json()) as { status: string; progress: number; sizeBytes: number; mediaType: string };
    peak = Math.max(peak, server.rssMb());
    if (!['uploading', 'processing'].includes(media.status)) {
      console.log(
        `  processed in ${((performance.now() - processingStarted) / 1000).toFixed(1)} s: ${media.status}, ${media.mediaType}, ${mb(media.sizeBytes)} MB stored; server RSS peak while processing ${peak.toFixed(0)} MB`,
      );
      console.log(`  staged files left: ${stagedNames().join(', ') || 'none'}`);
      if (media.status !== 'ready') throw new Error(`the video was not published: ${media.status}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const stagedNames = () =>
  existsSync(`${filesDir}/.uploads`) ? readdirSync(`${filesDir}/.uploads`) : [];

async function refusedUpFront() {
  const declared = 2 * 1024 * MB;
  let bytesRead = 0;
  // A source that would give 2 GB if read; it counts what tus-js-client takes from it.
  const source = new Readable({
    read() {
      bytesRead += MB;
      this.push(Buffer.alloc(MB));
    },
  });
  const stagedBefore = stagedNames();
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const upload = new Upload(source, {
      endpoint: `${server.baseUrl}/api/orgs/${orgId}/media-uploads`,
      metadata: { use: 'recording', filename: 'trop-gros.mov' },
      headers,
      uploadSize: declared,
      chunkSize: 16 * MB,
      retryDelays: null,
      onError: (error) =>
        resolve(
          (error as { originalResponse?: { getStatus(): number } }).originalResponse?.getStatus() ??
            0,
        ),
      onSuccess: () => reject(new Error('a 2 GB recording was accepted')),
    });
    upload.start();
  });
  const staged = stagedNames().filter((name) => !stagedBefore.includes(name));
  console.log('\n2 GB recording (limit 1 GB)');
  console.log(
    `  answered ${status} in ${(performance.now() - started).toFixed(0)} ms; bytes read from the source ${bytesRead}; files staged ${staged.length}`,
  );
  source.destroy();
  if (status !== 413 || bytesRead !== 0 || staged.length > 0)
    throw new Error('the 2 GB file was not refused up front');
}

try {
  await resumedUpload();
  await refusedUpFront();
} finally {
  await server.stop();
  rmSync(filesDir, { recursive: true, force: true });
}
