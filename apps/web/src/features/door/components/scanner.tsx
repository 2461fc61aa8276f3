// Reads an order's QR code: with the camera (html5-qrcode, loaded only on this screen) or from a
// photo, for phones whose camera does not open in the browser. Hands the text read to `onRead`.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FileField } from '@/components/ui';

type Reader = import('html5-qrcode').Html5Qrcode;

/** The library, fetched once: while online it lands in the service worker's cache for the door. */
export const loadScanner = () => import('html5-qrcode');

async function newReader(elementId: string): Promise<Reader> {
  const { Html5Qrcode, Html5QrcodeSupportedFormats } = await loadScanner();
  return new Html5Qrcode(elementId, {
    verbose: false,
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    useBarCodeDetectorIfSupported: true,
  });
}

export function Scanner({ onRead }: { onRead: (text: string) => void }) {
  const { t } = useTranslation('door');
  const cameraId = `door-camera-${useId().replace(/:/g, '')}`;
  const fileReaderId = `${cameraId}-file`;
  const camera = useRef<Reader | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const stop = async () => {
    const reader = camera.current;
    camera.current = null;
    setScanning(false);
    if (reader?.isScanning) await reader.stop().catch(() => {});
  };

  // The camera goes off when the screen closes.
  useEffect(
    () => () => {
      const reader = camera.current;
      camera.current = null;
      if (reader?.isScanning) void reader.stop().catch(() => {});
    },
    [],
  );

  const start = async () => {
    setProblem(null);
    setScanning(true);
    try {
      const reader = await newReader(cameraId);
      camera.current = reader;
      await reader.start(
        { facingMode: 'environment' },
        { fps: 8, qrbox: { width: 240, height: 240 } },
        (text) => {
          void stop();
          onRead(text);
        },
        () => {},
      );
    } catch (error) {
      setScanning(false);
      camera.current = null;
      setProblem(t('cameraError', { reason: error instanceof Error ? error.name : String(error) }));
    }
  };

  const readPhoto = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const reader = await newReader(fileReaderId);
      const text = await reader.scanFile(file, false);
      reader.clear();
      onRead(text);
    } catch {
      setProblem(t('unreadable'));
    }
  };

  return (
    <div className="door-scanner">
      <div id={cameraId} className={scanning ? 'door-scanner__video' : 'door-scanner__idle'} />
      <div id={fileReaderId} hidden />
      {scanning ? (
        <>
          <p className="muted">{t('cameraHint')}</p>
          <Button variant="secondary" block onClick={() => void stop()}>
            {t('stopScan')}
          </Button>
        </>
      ) : (
        <Button block onClick={() => void start()}>
          {t('scan')}
        </Button>
      )}
      <FileField
        name="door-photo"
        label={t('photo')}
        hint={t('photoHint')}
        accept="image/*"
        capture="environment"
        onChange={(event) => {
          void readPhoto(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
