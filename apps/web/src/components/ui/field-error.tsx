// The message under a field that failed validation.
import { Icon } from './icon';

export function FieldError({
  id,
  message,
}: {
  id: string | undefined;
  message: string | undefined;
}) {
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      <Icon name="close" size={16} />
      {message}
    </p>
  );
}
