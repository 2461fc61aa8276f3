// A public page's address with its QR code and the downloads a coordinator prints.
import './public-link.css';

type PublicLinkProps = {
  /** The page's absolute address; its QR codes are at `<url>/qr.svg` and `<url>/qr.png`. */
  url: string;
  labels: { qrAlt: string; downloadSvg: string; downloadPng: string };
};

export function PublicLink({ url, labels }: PublicLinkProps) {
  return (
    <div className="public-link">
      <img
        className="public-link__qr"
        src={`${url}/qr.svg`}
        alt={labels.qrAlt}
        width={112}
        height={112}
      />
      <div className="public-link__text">
        <a href={url} target="_blank" rel="noreferrer">
          {url}
        </a>
        <span>
          <a href={`${url}/qr.svg?download`} download>
            {labels.downloadSvg}
          </a>
          {' · '}
          <a href={`${url}/qr.png?download`} download>
            {labels.downloadPng}
          </a>
        </span>
      </div>
    </div>
  );
}
