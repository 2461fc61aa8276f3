// What a page shows while a query loads, or when it fails: the spinner, or the error's sentence.
import { useErrorText } from '@/lib/i18n/use-error-text';
import { Alert } from './alert';
import { Loading } from './loading';

type QueryState = { isPending: boolean; isError: boolean; error: unknown };

export function QueryStatus({ query }: { query: QueryState }) {
  const errorText = useErrorText();
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <Alert tone="error">{errorText(query.error)}</Alert> : null}
    </>
  );
}
