// What was imported (from the web app or the command line), newest first; the latest file of each
// kind is the one in service.
import type { ReferenceImport } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Card, ScrollTable } from '@/components/ui';
import { useDateFormat } from '@/lib/format';

export function ReferenceHistory({ imports }: { imports: ReferenceImport[] }) {
  const { t, i18n } = useTranslation('territories');
  const dates = useDateFormat();
  const integer = new Intl.NumberFormat(i18n.language);
  // Newest first: the first file of each kind is the current one.
  const inService = new Set(
    imports.filter((i, index) => imports.findIndex((j) => j.kind === i.kind) === index),
  );
  return (
    <Card title={t('reference.history.title')}>
      {imports.length === 0 ? (
        <p>{t('reference.history.empty')}</p>
      ) : (
        <ScrollTable label={t('reference.history.caption')}>
          <table className="reference-table">
            <caption className="visually-hidden">{t('reference.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reference.history.kind')}</th>
                <th scope="col">{t('reference.history.year')}</th>
                <th scope="col">{t('reference.history.file')}</th>
                <th scope="col">{t('reference.history.date')}</th>
                <th scope="col">{t('reference.history.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={`${i.kind}-${i.importedAt}`}>
                  <th scope="row">
                    {t(`reference.kinds.${i.kind}`)}{' '}
                    {inService.has(i) ? (
                      <Badge tone="success">{t('reference.history.current')}</Badge>
                    ) : null}
                  </th>
                  <td>{i.year}</td>
                  <td className="reference-table__file">{i.fileName ?? ''}</td>
                  <td>{dates.dateTime(i.importedAt)}</td>
                  <td>
                    {t('reference.history.countsValue', {
                      read: integer.format(i.linesRead),
                      applied: integer.format(i.applied),
                      unknown: integer.format(i.unknownCommunes),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Card>
  );
}
